// Package vnenc decodes legacy Vietnamese text encodings to Unicode NFC.
//
// Two legacy encodings are still common in the documents of Vietnamese
// state bodies:
//
//   - TCVN3 (ABC, TCVN 5712:1993 VN3), one byte per letter, set in the
//     ".VnTime", ".VnArial", … fonts. VN3 has codes for the 67 lower-case
//     letters but only for the seven upper-case letters without tone
//     (Ă Â Ê Ô Ơ Ư Đ): capitals with tones are typed with the lower-case
//     codes in an all-capital font whose name ends in "H" (".VnTimeH").
//   - VNI (VNI for Windows), a base letter followed by a byte for the tone
//     or modifier, set in the "VNI-Times", "VNI-Helve", … fonts
//     ("Vieät Nam" is "Việt Nam").
//
// PDF text layers and mis-declared web pages give such text as the Latin-1
// or Windows-1252 characters of the bytes ("CHØ THÞ", "H−ng Yªn"). [Decode]
// turns those characters back into Vietnamese, [DecodeBytes] does the same
// for raw bytes, [FromFont] tells the encoding from a font name, and
// [Sniff] guesses it from the text when no font name is known. [UTF8]
// tells raw bytes that are UTF-8, perhaps with a few damaged bytes, from
// bytes in a legacy encoding. [Encode] goes the other way, to make test
// files.
//
// Decoding is a table look-up per character (VNI looks one character
// back for the mark), linear in the input, and never fails: characters
// that are not Vietnamese letters in the encoding are kept.
//
// Web pages in windows-1258 need no help from this package: windows-1258
// writes most tones as combining marks, and decoding with
// golang.org/x/text/encoding/charmap.Windows1258 then normalizing with
// norm.NFC gives precomposed letters ("Vi\u00ea\u0323t", from the bytes
// "Vi\xea\xf2t", becomes "Việt"). Sniff does not mistake such a page read
// as windows-1252 for TCVN3 or VNI.
//
// # Tiếng Việt
//
// Gói vnenc chuyển văn bản mã cũ TCVN3 (ABC) và VNI sang Unicode dựng sẵn
// (NFC). Văn bản lấy từ PDF dùng phông .VnTime/VNI-Times hay trang web cũ
// khai sai bảng mã có dạng "CHØ THÞ", "Vieät Nam"; Decode trả lại
// "CHỈ THỊ", "Việt Nam". FromFont nhận biết bảng mã theo tên phông (phông
// có đuôi "H" như .VnTimeH là phông chữ hoa). Khi không có tên phông, Sniff
// đoán bảng mã: nó thử giải mã từng từ theo TCVN3 và VNI và đếm các từ trở
// thành âm tiết tiếng Việt hợp lệ. Trang web windows-1258 chỉ cần
// charmap.Windows1258 rồi norm.NFC, không cần gói này.
package vnenc
