package nl.fvw.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.fvw.bekostiging.Taakjaar;
import nl.fvw.bekostiging.Taakuitkomst;
import nl.fvw.bundeling.Bundelingsjaar;
import nl.fvw.bundeling.Bundelingsuitkomst;
import nl.fvw.bundeling.Herverdeeleffect;
import nl.fvw.explain.Figuur;
import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingStep;
import nl.fvw.normering.AccresPercentage;
import nl.fvw.normering.Bedrag;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Variantvergelijking;
import nl.fvw.rules.ControleUitkomst;
import nl.fvw.rules.ScenarioResult;
import nl.fvw.time.BudgetYear;

/**
 * The xlsx workbook of a scenario (Apache POI): one sheet per table. Amounts of the normering in
 * € mln, rounded to one decimal as in the begroting (HALF_UP); bundling and task amounts in euro,
 * exact to the cent. A number cell in xlsx is a binary floating-point number by the format: the
 * rounded figures fit it exactly to 15 significant digits, which is more than any cell here has.
 */
final class Werkboek {
    private static final List<String> GROOTHEDEN = List.of("tranche", "cumulatief", "korting", "afrekening", "niveau",
            "bcf-ruimte", "bcf-afrekening");

    private final Workbook wb = new XSSFWorkbook();
    private final CellStyle kop;
    private final CellStyle mln;
    private final CellStyle euro;
    private final CellStyle procent;

    private Werkboek() {
        Font vet = wb.createFont();
        vet.setBold(true);
        kop = wb.createCellStyle();
        kop.setFont(vet);
        mln = stijl("#,##0.0");
        euro = stijl("#,##0.00");
        procent = stijl("0.0000");
    }

    private CellStyle stijl(String formaat) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(formaat));
        return s;
    }

    /** The workbook's bytes. */
    static byte[] xlsx(ScenarioResult r) {
        Werkboek w = new Werkboek();
        w.vul(r);
        try (Workbook wb = w.wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void vul(ScenarioResult r) {
        if (r.normering() != null) {
            List<BudgetYear> jaren = new ArrayList<>();
            for (BudgetYear y = r.scenario().normering().eersteJaar(); !y.isAfter(r.scenario().normering().laatsteJaar());
                    y = y.next()) {
                jaren.add(y);
            }
            accres(r, jaren);
            for (String q : GROOTHEDEN) {
                bedragen(r, q, jaren);
            }
        }
        if (r.varianten() != null) {
            varianten(r.varianten());
        }
        if (!r.controles().isEmpty()) {
            Sheet s = blad("Controles", "cijfer", "gepubliceerd", "berekend", "tolerantie", "klopt", "reden", "bron");
            for (ControleUitkomst c : r.controles()) {
                Row row = s.createRow(s.getLastRowNum() + 1);
                tekst(row, 0, c.controle().naam());
                getal(row, 1, c.controle().gepubliceerd(), null);
                getal(row, 2, c.berekend(), null);
                getal(row, 3, c.controle().tolerantie(), null);
                tekst(row, 4, c.klopt() ? "ja" : "nee");
                tekst(row, 5, c.controle().reden());
                tekst(row, 6, c.controle().bron());
            }
        }
        for (int i = 0; i < r.bundelingen().size(); i++) {
            bundeling(r.bundelingen().get(i), i + 1);
        }
        for (int i = 0; i < r.taken().size(); i++) {
            taak(r.taken().get(i), i + 1);
        }
        if (r.portefeuille() != null) {
            portefeuille(r.portefeuille());
        }
        if (r.algemeneUitkering() != null) {
            verdeling(r.algemeneUitkering());
        }
        Sheet h = blad("Herkomst", "invoer", "sha-256");
        Row v = h.createRow(1);
        tekst(v, 0, "fvw");
        tekst(v, 1, r.provenance().fvwVersion());
        r.provenance().hashes().forEach((k, hash) -> {
            Row row = h.createRow(h.getLastRowNum() + 1);
            tekst(row, 0, k);
            tekst(row, 1, hash);
        });
        // fixed widths: measuring text (autoSizeColumn) needs the platform's fonts, which a server may lack
        for (Sheet s : wb) {
            s.setColumnWidth(0, 256 * 34);
            for (int c = 1; c < 12; c++) {
                s.setColumnWidth(c, 256 * 16);
            }
        }
    }

    private void accres(ScenarioResult r, List<BudgetYear> jaren) {
        Map<String, Map<BudgetYear, BigDecimal>> rijen = new LinkedHashMap<>();
        for (String fonds : List.of("GF/PF", "GF", "PF")) { // per fund, the stands in publication order
            for (AccresPercentage a : r.normering().accressen()) {
                if ((a.fonds() == null ? "GF/PF" : a.fonds().code()).equals(fonds)) {
                    rijen.computeIfAbsent(fonds + " " + a.stand(), k -> new TreeMap<>())
                            .put(a.jaar(), a.fraction().movePointRight(2).setScale(4, RoundingMode.HALF_UP));
                }
            }
        }
        tabel("Accres %", jaren, rijen, procent);
    }

    private void bedragen(ScenarioResult r, String grootheid, List<BudgetYear> jaren) {
        Map<String, Map<BudgetYear, BigDecimal>> rijen = new LinkedHashMap<>();
        for (String fonds : List.of("GF", "PF")) { // per fund, the stands in publication order
            for (Figuur f : r.normering().figuren()) {
                if (f instanceof Bedrag b && f.name().grootheid().equals(grootheid) && fonds.equals(f.name().fonds())) {
                    rijen.computeIfAbsent(fonds + " " + f.name().stand(), k -> new TreeMap<>()).put(f.name().jaar(),
                            RoundingStep.MLN.printed(Amounts.value(b.bedrag())));
                }
            }
        }
        if (!rijen.isEmpty()) {
            tabel(grootheid + " (€ mln)", jaren, rijen, mln);
        }
    }

    /** The variants as compare shows them: each fund's level per variant, then the uitgavenkader per variant. */
    private void varianten(Variantvergelijking v) {
        Map<String, Map<BudgetYear, BigDecimal>> niveaus = new LinkedHashMap<>();
        Map<String, Map<BudgetYear, BigDecimal>> kader = new LinkedHashMap<>();
        String eerste = v.varianten().get(0);
        for (Fonds f : v.niveaus().get(eerste).keySet()) {
            for (String naam : v.varianten()) {
                Map<BudgetYear, BigDecimal> rij = new TreeMap<>();
                v.niveaus().get(naam).get(f).forEach((y, a) -> rij.put(y, RoundingStep.MLN.printed(Amounts.value(a))));
                niveaus.put(f.code() + " " + naam, rij);
            }
        }
        for (String naam : v.varianten().subList(1, v.varianten().size())) {
            Map<BudgetYear, BigDecimal> plafond = new TreeMap<>();
            Map<BudgetYear, BigDecimal> beslag = new TreeMap<>();
            for (BudgetYear y : v.jaren()) {
                if (v.gesplitst(naam, y)) {
                    plafond.put(y, RoundingStep.MLN.printed(Amounts.value(v.plafondcorrectie(naam, y))));
                }
                beslag.put(y, RoundingStep.MLN.printed(Amounts.value(v.uitgavenkader(naam, y))));
            }
            kader.put(naam + ": plafondcorrectie (prijsdeel)", plafond);
            kader.put(naam + ": beslag op het uitgavenkader", beslag);
        }
        tabel("Varianten: niveau (€ mln)", v.jaren(), niveaus, mln);
        tabel("Varianten: uitgavenkader (€ mln)", v.jaren(), kader, mln);
    }

    private void tabel(String naam, List<BudgetYear> jaren, Map<String, Map<BudgetYear, BigDecimal>> rijen, CellStyle stijl) {
        List<String> kolommen = new ArrayList<>(List.of("fonds en stand"));
        jaren.forEach(j -> kolommen.add(j.toString()));
        Sheet s = blad(naam, kolommen.toArray(String[]::new));
        rijen.forEach((label, waarden) -> {
            Row row = s.createRow(s.getLastRowNum() + 1);
            tekst(row, 0, label);
            for (int i = 0; i < jaren.size(); i++) {
                BigDecimal v = waarden.get(jaren.get(i));
                if (v != null) {
                    getal(row, i + 1, v, stijl);
                }
            }
        });
    }

    private void bundeling(Bundelingsuitkomst u, int nummer) {
        Sheet s = blad("Bundeling " + nummer, "jaar", "code", "naam", "inwoners", "historisch na korting", "nieuw",
                "effect volledig", "per inwoner", "effect toegepast", "per inwoner (toegepast)", "allocatie");
        for (Bundelingsjaar j : u.jaren()) {
            for (Herverdeeleffect h : j.effecten()) {
                Row row = s.createRow(s.getLastRowNum() + 1);
                getal(row, 0, BigDecimal.valueOf(j.jaar().value()), null);
                tekst(row, 1, h.code());
                tekst(row, 2, h.naam());
                getal(row, 3, h.inwoners(), null);
                getal(row, 4, Amounts.value(h.historisch()), euro);
                getal(row, 5, Amounts.value(h.nieuw()), euro);
                getal(row, 6, Amounts.value(h.volledig()), euro);
                getal(row, 7, h.volledigPerInwoner().setScale(4, RoundingMode.HALF_UP), procent);
                getal(row, 8, Amounts.value(h.toegepast()), euro);
                getal(row, 9, h.toegepastPerInwoner().setScale(4, RoundingMode.HALF_UP), procent);
                getal(row, 10, Amounts.value(h.allocatie()), euro);
            }
        }
    }

    private void verdeling(nl.fvw.gemeentefonds.Verdelingsuitkomst v) {
        Sheet s = blad("Algemene uitkering " + v.circulaire().uitkeringsjaar(), Verdelingsrapport.kolommen(v)
                .toArray(String[]::new));
        for (List<Object> rij : Verdelingsrapport.rijen(v)) {
            Row row = s.createRow(s.getLastRowNum() + 1);
            for (int i = 0; i < rij.size(); i++) {
                if (rij.get(i) instanceof BigDecimal b) {
                    getal(row, i, b, euro);
                } else {
                    tekst(row, i, String.valueOf(rij.get(i)));
                }
            }
        }
    }

    private void taak(Taakuitkomst u, int nummer) {
        Sheet s = blad("Taak " + nummer, "jaar", "claim", "compensatie", "gat", "gat cumulatief", "gat % van de claim");
        for (Taakjaar j : u.jaren()) {
            Row row = s.createRow(s.getLastRowNum() + 1);
            getal(row, 0, BigDecimal.valueOf(j.jaar().value()), null);
            getal(row, 1, Amounts.value(j.claim()), euro);
            getal(row, 2, Amounts.value(j.compensatie()), euro);
            getal(row, 3, Amounts.value(j.gat()), euro);
            getal(row, 4, Amounts.value(j.gatCumulatief()), euro);
            if (j.gatFractie() != null) {
                getal(row, 5, j.gatFractie().movePointRight(2).setScale(4, RoundingMode.HALF_UP), procent);
            }
        }
        Row oordeel = s.createRow(s.getLastRowNum() + 2);
        tekst(oordeel, 0, "oordeel");
        tekst(oordeel, 1, String.valueOf(u.oordeel()));
    }

    /** The portfolio per year, exact, and one sheet per task in it. */
    private void portefeuille(nl.fvw.bekostiging.Portefeuilleuitkomst u) {
        nl.fvw.bekostiging.Portefeuille p = u.portefeuille();
        Sheet s = blad("Portefeuille " + p.laag().woord(), "jaar", "claim", "compensatie", "saldo", "saldo cumulatief",
                "accres", "ongedekt % van het accres");
        for (nl.fvw.bekostiging.Portefeuille.Jaar j : p.jaren()) {
            Row row = s.createRow(s.getLastRowNum() + 1);
            getal(row, 0, BigDecimal.valueOf(j.jaar().value()), null);
            getal(row, 1, Amounts.value(j.claim()), euro);
            getal(row, 2, Amounts.value(j.compensatieTotaal()), euro);
            getal(row, 3, Amounts.value(j.saldo()), euro);
            getal(row, 4, Amounts.value(j.saldoCumulatief()), euro);
            if (j.accres() != null) {
                getal(row, 5, Amounts.value(j.accres()), euro);
            }
            if (j.beslag() != null) {
                getal(row, 6, j.beslag().movePointRight(2).setScale(4, RoundingMode.HALF_UP), procent);
            }
        }
        for (Taakuitkomst.Signaal sig : u.signalen()) {
            Row row = s.createRow(s.getLastRowNum() + 2);
            tekst(row, 0, "signaal");
            tekst(row, 1, sig.tekst() + " (" + sig.regel().id() + ")");
        }
        for (int i = 0; i < p.taken().size(); i++) {
            taak(p.taken().get(i), i + 1);
        }
    }

    /** A sheet with a bold header row; Excel allows 31 characters and no : / \ ? * [ ] in a sheet's name. */
    private Sheet blad(String naam, String... kolommen) {
        String veilig = naam.replaceAll("[:/\\\\?*\\[\\]]", " ");
        Sheet s = wb.createSheet(veilig.length() > 31 ? veilig.substring(0, 31) : veilig);
        Row row = s.createRow(0);
        for (int i = 0; i < kolommen.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(kolommen[i]);
            c.setCellStyle(kop);
        }
        s.createFreezePane(1, 1);
        return s;
    }

    private static void tekst(Row row, int kolom, String waarde) {
        row.createCell(kolom).setCellValue(waarde);
    }

    private static void getal(Row row, int kolom, BigDecimal waarde, CellStyle stijl) {
        Cell c = row.createCell(kolom);
        c.setCellValue(waarde.doubleValue());
        if (stijl != null) {
            c.setCellStyle(stijl);
        }
    }
}
