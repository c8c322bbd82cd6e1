// Reads an XLSX file with exceljs (an implementation independent of ours and of the OpenXML SDK) and prints, as JSON,
// each sheet's name, kind, frozen panes, autofilter, column widths and cell values (formulas with their results).
//   node build/xlsx/lire.mjs FILE [MAX_ROWS=200]
import ExcelJS from "exceljs";

const [file, maxRows = "200"] = process.argv.slice(2);
const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(file);
const sheets = workbook.worksheets.map((ws) => {
  const rows = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    if (number > Number(maxRows)) return;
    const values = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const v = cell.value;
      values[col - 1] = v instanceof Date ? v.toISOString().slice(0, 10)
        : v && typeof v === "object" && "formula" in v ? { formula: v.formula, result: v.result }
        : v && typeof v === "object" && "richText" in v ? v.richText.map((t) => t.text).join("")
        : v;
    });
    rows.push({ number, values, numFmts: row.values.length ? [...Array(values.length).keys()].map((i) => row.getCell(i + 1).numFmt ?? null) : [] });
  });
  return {
    name: ws.name,
    rowCount: ws.rowCount,
    frozen: ws.views?.[0]?.state === "frozen" ? { ySplit: ws.views[0].ySplit } : null,
    autoFilter: ws.autoFilter ?? null,
    widths: ws.columns?.map((c) => c.width ?? null) ?? [],
    rows,
  };
});
console.log(JSON.stringify({ sheets }));
