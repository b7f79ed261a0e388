// Command office-day shows an emulation and commendation office's day with
// a dossier in Excel: the empty template, filled in as a clerk fills it
// (here by program, with excelize), checked against the law, and the
// results written back as sheets beside the office's own.
//
//	go run ./examples/office-day
//
// It needs no network and writes into a temporary directory, which it
// names.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/xuri/excelize/v2"

	"github.com/vnthidua/thidua/dossier"
	"github.com/vnthidua/thidua/nomination"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "office-day:", err)
		os.Exit(1)
	}
}

func run() error {
	dir, err := os.MkdirTemp("", "office-day-")
	if err != nil {
		return err
	}
	fmt.Println("Thư mục làm việc:", dir)

	// 1. The empty template.
	path := filepath.Join(dir, "ho-so-khen-thuong-2024.xlsx")
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := dossier.Template(f); err != nil {
		return err
	}
	f.Close()
	fmt.Println("1. Tạo mẫu hồ sơ trống:", filepath.Base(path))

	// 2. Filled in as the clerk fills it: the general sheet, a row per
	// nomination, the ratings, titles received and a discipline, a date
	// typed as text and one as a date cell, a name with stray spaces.
	wb, err := excelize.OpenFile(path)
	if err != nil {
		return err
	}
	set := func(sheet, ref string, v any) {
		if err == nil {
			err = wb.SetCellValue(sheet, ref, v)
		}
	}
	set(dossier.SheetGeneral, "B1", "Sở Nội vụ tỉnh Bắc Ninh")
	set(dossier.SheetGeneral, "B2", 2024)
	set(dossier.SheetGeneral, "B3", "10/01/2025")
	rows := [][]any{
		// STT, name, kind, id, armed forces, award, year
		{1, "Nguyễn Thị Hoa", "Cá nhân", "", "", "LDTT", 2024},
		{2, "  Lê   Văn Minh ", "Cá nhân", "", "", "CSTD_CS", 2024},
		{3, "Phạm Quốc Bảo", "Cá nhân", "", "", "cstd_cs", 2024},
		{4, "Trần Đức Long", "Cá nhân", "", "", "LDTT", 2024},
		{5, "Phòng Hành chính – Tổng hợp", "Tập thể", "", "", "TTLDTT", 2024},
	}
	for i, r := range rows {
		if err == nil {
			err = wb.SetSheetRow(dossier.SheetNominations, fmt.Sprintf("A%d", i+3), &r)
		}
	}
	// the collective's members: total, completed duties, LĐTT/CSTT
	set(dossier.SheetNominations, "M7", 15)
	set(dossier.SheetNominations, "N7", 15)
	set(dossier.SheetNominations, "O7", 12)
	for i, r := range [][]any{{1, 2024, "HTTNV"}, {2, 2024, "HTXSNV"}, {3, 2024, "Hoàn thành tốt nhiệm vụ"}, {4, 2024, "HTTNV"}, {5, 2024, "HTXSNV"}} {
		if err == nil {
			err = wb.SetSheetRow(dossier.SheetRatings, fmt.Sprintf("A%d", i+3), &r)
		}
	}
	for i, r := range [][]any{{2, "LDTT", 2023}, {2, "LDTT", 2024}, {3, "LDTT", 2024}} {
		if err == nil {
			err = wb.SetSheetRow(dossier.SheetHistory, fmt.Sprintf("A%d", i+3), &r)
		}
	}
	set(dossier.SheetInitiatives, "A3", 2)
	set(dossier.SheetInitiatives, "B3", 2024)
	set(dossier.SheetInitiatives, "C3", "Cơ sở")
	set(dossier.SheetDisciplines, "A3", 4)
	set(dossier.SheetDisciplines, "B3", "Cảnh cáo")
	set(dossier.SheetDisciplines, "C3", "15/06/2024")
	if err != nil {
		return err
	}
	if err := wb.Save(); err != nil {
		return err
	}
	wb.Close()
	fmt.Printf("2. Điền %d đề nghị, xếp loại, danh hiệu đã có, sáng kiến, kỷ luật.\n", len(rows))

	// 3. Read and checked.
	in, err := os.Open(path)
	if err != nil {
		return err
	}
	st, _ := in.Stat()
	d, err := dossier.ReadAt(in, st.Size())
	in.Close()
	if err != nil {
		return err // a *dossier.CellError names the sheet, row and column
	}
	fmt.Printf("3. Đọc hồ sơ: %s, năm %d, %d đề nghị.\n", d.Batch.Unit, d.Batch.Year, len(d.Batch.Nominations))
	br, err := nomination.ValidateBatch(&d.Batch, nomination.WithAlternatives())
	if err != nil {
		return d.Where(err)
	}
	fmt.Println("   Kiểm tra theo Luật Thi đua, khen thưởng:")
	for _, r := range br.Results {
		verdict := "đủ điều kiện"
		if !r.Eligible {
			verdict = "KHÔNG đủ điều kiện"
		}
		fmt.Printf("   - %s, %s: %s\n", r.Subject, awardName(r.Award), verdict)
		for _, fd := range r.Findings {
			if fd.Severity == nomination.Error {
				fmt.Printf("       ✗ %s [%s]\n", fd.Message, fd.Citation.Text("vi"))
				if t := fd.Trace.Text("vi"); t != "" {
					fmt.Printf("         (%s)\n", t)
				}
			}
		}
		for _, a := range r.Alternatives {
			if a.Eligible {
				fmt.Printf("       → cùng dữ kiện, có thể đề nghị: %s\n", awardName(a.Award))
				break
			}
		}
	}

	// 4. The results beside the office's sheets.
	out := filepath.Join(dir, "ket-qua-kiem-tra.xlsx")
	o, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := d.WriteResults(o, &br); err != nil {
		return err
	}
	o.Close()
	fmt.Printf("4. Ghi kết quả vào %s: trang %q (mỗi đề nghị một hàng) và %q (mỗi căn cứ một hàng), bên cạnh các trang của hồ sơ.\n",
		filepath.Base(out), dossier.SheetResults, dossier.SheetFindings)
	return nil
}

func awardName(code string) string {
	if a := nomination.Default().Lookup(code); a != nil {
		return a.NameVi
	}
	return code
}
