// Package ocr reads the text of page images with the tesseract program.
//
// Tesseract runs as a separate process per page (Debian packages
// tesseract-ocr and tesseract-ocr-vie), with OMP_THREAD_LIMIT=1: its
// OpenMP threads make it four to five times slower on small machines, so
// callers run pages in parallel instead. Words come back with their boxes
// (tesseract's TSV output), so the page can be put in reading order like a
// text layer.
//
// Tiếng Việt: gói ocr đọc ảnh trang quét bằng chương trình tesseract
// (gói Debian tesseract-ocr và tesseract-ocr-vie), mỗi trang một tiến
// trình, OMP_THREAD_LIMIT=1, trả về từng từ kèm khung toạ độ.
package ocr
