package nl.fvw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The xlsx workbook, read back with POI: one sheet per table, the figures where Excel will show them. */
class WerkboekTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void home() {
        System.setProperty("fvw.home", CliTest.HOME.toString());
    }

    private static Workbook run(String scenario) throws IOException {
        Path out = tmp.resolve(scenario + ".xlsx");
        CliTest.Run r = CliTest.fvw("run", CliTest.HOME.resolve("examples/scenarios/" + scenario + ".yaml").toString(),
                "--format", "xlsx", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Row row(Sheet s, String label) {
        for (Row r : s) {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && label.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + label + " in sheet " + s.getSheetName());
    }

    private static int column(Sheet s, String header) {
        for (int c = 0; c < s.getRow(0).getLastCellNum(); c++) {
            if (header.equals(s.getRow(0).getCell(c).getStringCellValue())) {
                return c;
            }
        }
        throw new AssertionError("no column " + header + " in sheet " + s.getSheetName());
    }

    @Test
    void normeringTablesOneSheetEach() throws IOException {
        try (Workbook wb = run("normering-varianten-illustratief")) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).contains("Accres %", "tranche (€ mln)", "cumulatief (€ mln)", "korting (€ mln)",
                    "niveau (€ mln)", "Herkomst");
            Sheet niveau = wb.getSheet("niveau (€ mln)");
            assertThat(row(niveau, "GF Voorjaarsnota 2024").getCell(column(niveau, "2028")).getNumericCellValue())
                    .isEqualTo(40064.9);
            assertThat(row(niveau, "GF Voorjaarsnota 2024").getCell(column(niveau, "2028")).getCellStyle()
                    .getDataFormatString()).isEqualTo("#,##0.0");
            Sheet accres = wb.getSheet("Accres %");
            assertThat(row(accres, "GF/PF Voorjaarsnota 2022").getCell(column(accres, "2022")).getNumericCellValue())
                    .isBetween(2.9, 3.1);
            assertThat(row(wb.getSheet("Herkomst"), "fvw").getCell(1).getStringCellValue()).isNotBlank();
        }
    }

    @Test
    void aBundlingSheetHasEveryRecipientEveryYear() throws IOException {
        try (Workbook wb = run("bundeling-spuks-naar-au")) {
            Sheet b = wb.getSheet("Bundeling 1");
            assertThat(b.getLastRowNum()).isEqualTo(342 * 6);
            assertThat(wb.getSheet("Controles").getRow(1).getCell(4).getStringCellValue()).isEqualTo("ja");
        }
    }

    @Test
    void aTaskSheetHasTheGapPerYearAndTheVerdict() throws IOException {
        try (Workbook wb = run("bekostiging-inburgering-2021")) {
            Sheet t = wb.getSheet("Taak 1");
            assertThat(wb.getSheet("Taak 3")).as("one sheet per task").isNotNull();
            assertThat(t.getRow(1).getCell(column(t, "gat")).getNumericCellValue()).isEqualTo(12_166_666.67);
            assertThat(row(t, "oordeel").getCell(1).getStringCellValue()).startsWith("onvoldoende bekostigd");
        }
    }

    @Test
    void aWorkbookNeedsAFile() {
        CliTest.Run r = CliTest.fvw("run", CliTest.DEMO, "--format", "xlsx");
        assertThat(r.exit()).isEqualTo(Main.USAGE_ERROR);
        assertThat(r.err()).contains("noem het bestand met --out BESTAND.xlsx");
    }
}
