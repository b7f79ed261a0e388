// Package pdf is the small interface between package parse and the
// libraries that read PDF files, with its default implementation: PDFium
// compiled to WebAssembly and run by wazero (no cgo, no external program).
//
// A [Backend] opens a file into a [Document], which gives the text layer of
// each page as characters with their boxes, sizes and font names ([Page],
// [Char]); package parse turns those into text in reading order. Documents
// that can also draw their pages implement [Renderer], which the OCR of
// scanned pages uses.
//
// [Default] returns the PDFium backend. It is started on first use, once
// per process, and keeps the compiled WebAssembly module (about 22 MB) in
// os.UserCacheDir()/thidua/pdfium, so later processes start in about 0.2 s
// of CPU instead of 6 to 8 s ("thidua cache warm" fills it ahead). Its text
// layer calls PDFium's C functions directly, a few per character, and the
// pages of a long document are read on several instances at once. Other
// backends, such as the licensed unipdf adapter
// (module github.com/vnthidua/thidua/parse/pdf/unipdf), implement the same
// interface.
//
// # Tiếng Việt
//
// Gói pdf là giao diện nhỏ giữa gói parse và thư viện đọc PDF. Mặc định là
// PDFium biên dịch sang WebAssembly (không cần cgo hay chương trình ngoài),
// khởi động một lần mỗi tiến trình, lưu bản biên dịch trong thư mục cache
// của người dùng. Mỗi trang cho các ký tự với vị trí, cỡ chữ và tên phông.
package pdf
