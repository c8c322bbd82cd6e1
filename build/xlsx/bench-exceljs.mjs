// The reference of the XLSX benchmark: exceljs's streaming WorkbookWriter writing the same rows as
// build/bench/SocialErp.Bench.Data/LignesAnalytiques.cs (same formulas), same styles (header, CHF, dates, widths,
// frozen pane, autofilter). Prints one RESULT line like the C# side.
//   node build/xlsx/bench-exceljs.mjs ROWS FILE
import ExcelJS from "exceljs";
import { statSync } from "node:fs";

const [rowsArg, file] = process.argv.slice(2);
const rows = Number(rowsArg);
const noms = ["Müller", "Favre", "Rochat", "Rossi", "Keller", "Bonvin", "Da Silva", "Nguyen"];
const prenoms = ["Léa", "Luca", "Anne", "Marco", "Zoé", "Jonas", "Elif", "Théo"];
const prestations = ["WSH", "ALBV", "ASYL", "FLUE"];
const types = ["entretien", "loyer", "assurance-maladie", "frais-medicaux", "avance-pension"];
const debut = Date.UTC(2026, 0, 1);
const start = process.hrtime.bigint();
let peak = 0;
const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
const sheet = workbook.addWorksheet("Écritures", { views: [{ state: "frozen", ySplit: 4 }] });
sheet.columns = ["N°", "Dossier", "Nom", "Prénom", "Commune", "Prestation", "Type de charge", "Date", "Débit", "Crédit", "Solde", "Libellé"]
  .map((header, i) => ({ key: `c${i}`, width: [8, 14, 12, 12, 10, 12, 18, 12, 16, 16, 16, 30][i],
    style: i === 7 ? { numFmt: "dd.mm.yyyy" } : i >= 8 && i <= 10 ? { numFmt: '#,##0.00\\ "CHF"' } : {} }));
sheet.addRow(["Écritures analytiques"]).commit();
sheet.addRow(["Banc d'essai"]).commit();
sheet.addRow([`Généré le ${new Date().toISOString()}`]).commit();
const header = sheet.addRow(["N°", "Dossier", "Nom", "Prénom", "Commune", "Prestation", "Type de charge", "Date", "Débit", "Crédit", "Solde", "Libellé"]);
header.font = { bold: true };
header.commit();
for (let i = 0; i < rows; i++) {
  const debit = ((i * 7919) % 250000) / 100;
  const credit = i % 10 === 0 ? ((i * 104729) % 50000) / 100 : 0;
  sheet.addRow([i + 1, `D-2026-${String(i % 50000).padStart(5, "0")}`, noms[i % 8], prenoms[Math.floor(i / 3) % 8], 5500 + (i % 400),
    prestations[i % 4], types[i % 5], new Date(debut + (i % 365) * 86400000), debit, credit, Math.round((debit - credit) * 100) / 100,
    `Écriture ${i + 1} – ${types[i % 5]}`]).commit();
  if (i % 50000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
sheet.autoFilter = { from: { row: 4, column: 1 }, to: { row: rows + 4, column: 12 } };
sheet.commit();
await workbook.commit();
peak = Math.max(peak, process.memoryUsage().rss);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`RESULT rows=${rows} seconds=${seconds.toFixed(2)} rows_per_s=${Math.round(rows / seconds)} peak_mb=${(peak / 1048576).toFixed(1)} file_mb=${(statSync(file).size / 1048576).toFixed(1)}`);
