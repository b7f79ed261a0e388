// Package dossier keeps nomination dossiers (hồ sơ đề nghị khen thưởng) in
// Excel workbooks, as offices keep them, for package nomination to judge.
//
// A dossier workbook holds a batch (nomination.Batch): a general sheet
// (Thông tin chung: unit, year, date of the proposal), the nominations a
// row each (Đề nghị), their lists in sheets of their own linked by the
// nomination's STT (Khen thưởng đã có, Đánh giá, Sáng kiến, Kỷ luật,
// Nghỉ, Cụm, khối thi đua), the caps (Tỷ lệ trần), the values of the
// drop-down lists (Danh mục) and instructions in Vietnamese and English
// (Hướng dẫn). Headers are Vietnamese with English below them.
//
// Template writes an empty dossier; Write writes a batch; Read reads one
// back, as an office means what it typed: a header found below titles and
// over two rows, a row of column numbers under it, a range merged over
// rows repeating its value (an STT over a person's three ratings), blank
// rows and rows with neither award nor name skipped, dates as date cells,
// Excel serial numbers (1900 or 1904 workbooks) or text (dd/mm/yyyy,
// d/m/yyyy, yyyy-mm-dd), text in NFC with spaces trimmed and collapsed,
// codes and labels in any case. Write then Read gives the same batch,
// dates as YYYY-MM-DD.
//
// A cell Read cannot read, and, through Dossier.Where, an input error of
// nomination.ValidateBatch on the batch read, is a *CellError naming the
// sheet, row and column. Read is bounded (Option): the file's size, its
// parts' declared uncompressed size (a zip bomb fails before anything is
// inflated), the row number of any row, the cells read and one cell's
// length; over a bound the error wraps ErrTooLarge.
//
// Dossier.WriteResults writes the verdicts beside the dossier's sheets:
// Kết quả (a row per nomination: verdict and reasons with their
// provisions) and Chi tiết kết quả (a row per finding).
package dossier
