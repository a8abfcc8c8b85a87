"""What openpyxl (Debian's python3-openpyxl) sees in an .xlsx: per sheet, each cell's formula or
value as stored, the value a reader that does not calculate shows, and the number format."""
import json
import sys

import openpyxl

path = sys.argv[1]
formulas = openpyxl.load_workbook(path)
values = openpyxl.load_workbook(path, data_only=True)
out = {"sheets": []}
for name in formulas.sheetnames:
    f, v = formulas[name], values[name]
    cells = []
    for row in f.iter_rows():
        for c in row:
            if c.value is None:
                continue
            cells.append({"ref": c.coordinate, "stored": c.value, "value": v[c.coordinate].value, "format": c.number_format})
    out["sheets"].append({"name": name, "cells": cells})
json.dump(out, sys.stdout, ensure_ascii=False, default=str)
