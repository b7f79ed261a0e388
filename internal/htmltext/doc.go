// Package htmltext finds the article in a web page and what the page says
// about it: the main text in reading order, the title, the site, the
// publication date, the byline and the attached files.
//
// [Read] decodes the page (byte order mark, the HTTP Content-Type, <meta
// charset>, and sniffing when they lie: windows-1258, NFD, and legacy
// TCVN3 or VNI text shown in .VnTime or VNI-Times fonts all come out as
// Unicode NFC), parses it with golang.org/x/net/html (the head's meta
// tags are read with goquery) and scores its blocks by text length, commas
// and link density, as Readability and Boilerpipe do. Class names of known platforms (SharePoint, Liferay, DNN,
// WordPress, Joomla) add to the score; they help the method but are not
// the method, so pages of unknown portals are read the same way.
//
// The text keeps the article's structure: paragraphs are separated by a
// blank line; list items, table cells and lines broken by <br> stand on
// their own line. Menus, banners, "Tin liên quan" lists, counters, share
// and font-size widgets are left out.
//
// Bad input is bounded: binary data is refused, a page nested deeper than
// the HTML parser accepts is read flat, and the work is linear in the size
// of the page.
//
// # Tiếng Việt
//
// Gói htmltext tìm bài viết chính trong một trang web (cổng thông tin điện
// tử) và các thông tin của trang: tiêu đề, tên trang, ngày đăng, tác giả,
// tệp đính kèm. Trang mã windows-1258, NFD, TCVN3 (.VnTime) hay VNI
// (VNI-Times) đều được chuyển sang Unicode dựng sẵn (NFC). Trình đơn,
// quảng cáo, "Tin liên quan", bộ đếm truy cập bị loại bỏ.
package htmltext
