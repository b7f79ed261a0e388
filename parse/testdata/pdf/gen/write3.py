# -*- coding: utf-8 -*-
"""Writes the sources of the third set of test PDFs into OUT:
n.html (Chromium), o.tex (XeLaTeX), p.html (Chromium, then two-up),
q.pdf (matplotlib, Type 3 fonts) and the *.ref.txt files.

usage: python3 write3.py OUT
"""
import html, os, sys, textwrap
import content3 as C

CSS = """
@page { size: %(size)s; margin: %(margin)s;
  @bottom-center { content: "Trang " counter(page) "/" counter(pages); font: 10pt 'Liberation Serif'; } }
body { font-family: 'Liberation Serif', serif; font-size: %(fs)s; line-height: 1.3; margin: 0; }
table.hdr { width: 100%%; border-collapse: collapse; }
table.hdr td { vertical-align: top; text-align: center; padding: 0; white-space: nowrap; }
table.hdr td.l { width: 38%%; } .b { font-weight: bold; } .i { font-style: italic; }
.rule { display: block; width: 30%%; margin: 1pt auto 4pt; border-top: 0.6pt solid black; }
.kind { text-align: center; font-weight: bold; margin-top: 14pt; font-size: 1.1em; }
.title { text-align: center; font-weight: bold; margin: 0 10%%; }
.auth { text-align: center; font-weight: bold; margin-top: 10pt; }
p.body { text-align: justify; text-indent: 1.2cm; margin: 4pt 0; }
p.qd { text-align: center; font-weight: bold; margin: 6pt 0; }
table.foot { width: 100%%; margin-top: 12pt; border-collapse: collapse; break-inside: avoid; }
table.foot td { vertical-align: top; padding: 0; }
td.nn { width: 52%%; font-size: 0.85em; } td.sg { text-align: center; font-weight: bold; position: relative; }
.name { margin-top: 58pt; } img.seal { position: absolute; left: 12%%; top: 22pt; width: 130px; opacity: 0.85; }
img.sig { position: absolute; left: 34%%; top: 30pt; width: 120px; }
"""


def html_doc(d, size, margin, fs, seal, hdr="1em"):
    e = html.escape
    org = "<br>".join(e(x) for x in d["org"])
    h = [f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{e(d['kind'].title())} {e(d['number'][4:])}</title>",
         "<style>", CSS % dict(size=size, margin=margin, fs=fs), f"table.hdr {{ font-size: {hdr}; }}", "</style></head><body>",
         "<table class='hdr'><tr><td class='l'>", f"{e(d['org'][0])}<br><span class='b'>{e(d['org'][1])}</span><span class='rule'></span>",
         f"{e(d['number'])}</td><td><span class='b'>{e(C.MOTTO[0])}</span><br><span class='b'>{e(C.MOTTO[1])}</span><span class='rule' style='width:55%'></span>",
         f"<span class='i'>{e(d['date'])}</span></td></tr></table>",
         f"<div class='kind'>{e(d['kind'])}</div>", "<div class='title'>" + "<br>".join(e(t) for t in d["title"]) + "</div>",
         "<span class='rule' style='width:20%'></span>"]
    if d.get("authority"):
        h.append(f"<div class='auth'>{e(d['authority'])}</div>")
    for p in d["body"]:
        cls = "qd" if p == "QUYẾT ĐỊNH:" else "body"
        h.append(f"<p class='{cls}'>{e(p)}</p>")
    nn = "<b><i>Nơi nhận:</i></b><br>" + "<br>".join(e(r) for r in d["recipients"])
    sg = "<br>".join(e(s) for s in d["sign"][:-1])
    imgs = ("<img class='seal' src='seal.png'><img class='sig' src='sig.png'>" if seal else "")
    h.append(f"<table class='foot'><tr><td class='nn'>{nn}</td><td class='sg'>{sg}{imgs}<div class='name'>{e(d['sign'][-1])}</div></td></tr></table>")
    h.append("</body></html>")
    return "\n".join(h)


def tex_escape(s):
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s


def tex_doc(d):
    t = tex_escape
    out = [r"""\documentclass[12pt]{article}
\usepackage[a4paper,top=2cm,bottom=2cm,left=3cm,right=2cm]{geometry}
\usepackage{fontspec}
\setmainfont{Liberation Serif}[Ligatures={NoCommon}]
\usepackage{array}
\pagestyle{empty}
\setlength{\parindent}{1.2cm}
\setlength{\parskip}{3pt}
\hyphenpenalty=10 \exhyphenpenalty=10 \lefthyphenmin=2 \righthyphenmin=2 \uchyph=1
\begin{document}
\noindent\begin{tabular}{@{}>{\centering\arraybackslash}p{6cm}>{\centering\arraybackslash}p{10cm}@{}}""",
           t(d["org"][0]) + r" & \textbf{" + t(C.MOTTO[0]) + r"}\\",
           r"\textbf{" + t(d["org"][1]) + r"} & \textbf{" + t(C.MOTTO[1]) + r"}\\[-4pt]",
           r"\rule{2cm}{0.4pt} & \rule{4.5cm}{0.4pt}\\[2pt]",
           t(d["number"]) + r" & \textit{" + t(d["date"]) + r"}\\",
           r"\end{tabular}", r"\vspace{12pt}", r"\begin{center}\textbf{\large " + t(d["kind"]) + r"}\\[2pt]",
           r"\parbox{13cm}{\textbf{" + t(" ".join(d["title"])) + r"}}\\[-2pt]\rule{3cm}{0.4pt}\end{center}"]
    for p in d["body"]:
        out.append(t(p) + "\n")
    out.append(r"\vspace{10pt}\noindent\begin{minipage}[t]{8cm}\small\textbf{\textit{Nơi nhận:}}\\" +
               r"\\".join(t(r) for r in d["recipients"]) + r"\end{minipage}\hfill\begin{minipage}[t]{7cm}\centering\textbf{" +
               r"\\".join(t(s) for s in d["sign"][:-1]) + r"}\\[60pt]\textbf{" + t(d["sign"][-1]) + r"}\end{minipage}")
    out.append(r"\end{document}")
    return "\n".join(out)


def mpl_doc(d, path):
    """Draws d line by line with matplotlib, whose PDF backend embeds the
    fonts as Type 3 (pdf.fonttype 3)."""
    import matplotlib
    matplotlib.use("pdf")
    matplotlib.rcParams["pdf.fonttype"] = 3
    matplotlib.rcParams["font.family"] = "Liberation Serif"
    import matplotlib.pyplot as plt
    W, H = 8.27, 11.69
    fig = plt.figure(figsize=(W, H))
    pt = 1 / 72 / H  # one point in figure units (vertical)
    px = 1 / 72 / W

    def text(x, y, s, **kw):
        fig.text(x * px, 1 - y * pt, s, fontsize=kw.pop("size", 13), va="baseline", **kw)
    y = 60
    lx, rx = 180, 400  # centres of the header blocks, points
    text(lx, y, d["org"][0], ha="center"); text(rx, y, C.MOTTO[0], ha="center", weight="bold", size=12)
    y += 16
    text(lx, y, d["org"][1], ha="center", weight="bold"); text(rx, y, C.MOTTO[1], ha="center", weight="bold")
    y += 24
    text(lx, y, d["number"], ha="center"); text(rx, y, d["date"], ha="center", style="italic")
    y += 36
    text(297, y, d["kind"], ha="center", weight="bold", size=14)
    for t in d["title"]:
        y += 17
        text(297, y, t, ha="center", weight="bold")
    y += 26
    for p in d["body"]:
        first = True
        for ln in textwrap.wrap(p, 82, initial_indent="      "):
            text(85, y, ln.strip() if not first else ln.strip(), ha="left") if not first else text(115, y, ln.strip(), ha="left")
            first = False
            y += 18
        y += 4
    y += 10
    y0 = y
    text(85, y, "Nơi nhận:", ha="left", weight="bold", style="italic", size=11)
    for r in d["recipients"]:
        y += 14
        text(85, y, r, ha="left", size=10)
    y = y0
    for s in d["sign"][:-1]:
        text(430, y, s, ha="center", weight="bold")
        y += 17
    text(430, y + 60, d["sign"][-1], ha="center", weight="bold")
    fig.savefig(path)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    docs = {"n_quyetdinh_chromium": C.N_QD_HOABINH, "o_chithi_xelatex": C.O_CT_TAYNINH,
            "p_kehoach_2up": C.P_KH_LANGSON, "q_chithi_type3": C.Q_CT_HUYEN}
    for stem, d in docs.items():
        with open(os.path.join(out, stem + ".ref.txt"), "w", encoding="utf-8") as f:
            f.write(C.ref(d))
    with open(os.path.join(out, "n.html"), "w", encoding="utf-8") as f:
        f.write(html_doc(C.N_QD_HOABINH, "A4", "2cm 2cm 2cm 3cm", "13pt", True))
    with open(os.path.join(out, "p.html"), "w", encoding="utf-8") as f:
        f.write(html_doc(C.P_KH_LANGSON, "A5", "1.2cm 1.2cm 1.4cm 1.6cm", "13pt", False, "0.8em"))
    with open(os.path.join(out, "o.tex"), "w", encoding="utf-8") as f:
        f.write(tex_doc(C.O_CT_TAYNINH))
    mpl_doc(C.Q_CT_HUYEN, os.path.join(out, "q_chithi_type3.pdf"))


if __name__ == "__main__":
    main()
