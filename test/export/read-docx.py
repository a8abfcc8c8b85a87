"""Reads a .docx with python-docx (an independent reader) and prints what it sees as JSON:
paragraphs with their style names, tables with their cell texts, the core properties, and the
proofing language of every run. Run with /usr/bin/python3 (Debian's python3-docx)."""
import json
import sys

import docx
from docx.oxml.ns import qn


def lang_of(run):
    rpr = run._r.rPr
    if rpr is None:
        return None
    lang = rpr.find(qn("w:lang"))
    return None if lang is None else lang.get(qn("w:val"))


def fill_of(cell):
    tcpr = cell._tc.tcPr
    shd = None if tcpr is None else tcpr.find(qn("w:shd"))
    return None if shd is None else shd.get(qn("w:fill"))


def main(path):
    d = docx.Document(path)
    body = []
    for p in d.paragraphs:
        body.append({
            "style": p.style.name if p.style is not None else None,
            "text": p.text,
            # python-docx's text leaves out runs inside hyperlinks; this is every w:t of the paragraph.
            "allText": "".join(t.text or "" for t in p._p.xpath(".//w:t")),
            "runLangs": sorted({str(lang_of(r)) for r in p.runs}),
            "numbered": p._p.pPr is not None and p._p.pPr.numPr is not None,
        })
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in d.tables]
    # Each cell's background colour, by grid column (a cell spanning columns is repeated).
    fills = [[[fill_of(c) for c in row.cells] for row in t.rows] for t in d.tables]
    cp = d.core_properties
    sect = d.sections[0]
    out = {
        "paragraphs": body,
        "tables": tables,
        "tableFills": fills,
        "sections": [{"landscape": s.orientation == 1, "width": s.page_width.twips if s.page_width is not None else None} for s in d.sections],
        "core": {
            "title": cp.title, "subject": cp.subject, "author": cp.author, "keywords": cp.keywords,
            "comments": cp.comments, "language": cp.language, "contentStatus": cp.content_status,
            "category": cp.category,
        },
        "header": [p.text for p in sect.header.paragraphs],
        "footerXml": sect.footer._element.xml,
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
