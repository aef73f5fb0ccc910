package nl.fvw.gemeentefonds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one table that says what the circulaire's files do not: which maatstaven are
 * inkomstenmaatstaven and vaste bedragen, and which names differ between the files (the vast bedrag
 * is {@code vast} in Gewichten and {@code vast nieuw} in Volumina; SIUDU capitalises some uitkeringen).
 * Any other mismatch between the files is an error. Tab-separated: {@code soort, naam, naam in ander
 * bestand, toelichting}; the soorten are {@code inkomstenmaatstaf}, {@code vast_bedrag},
 * {@code uitkering} (a name pair), {@code zonder_bedragen} (an uitkering Gewichten names and SIUDU gives
 * no amounts for) and {@code buiten_algemene_uitkering} (a SIUDU column that is neither, such as the
 * artikel 12-uitkering).
 *
 * @param naam the file's name
 * @param soorten per maatstaf code its soort (for inkomstenmaatstaven and vaste bedragen)
 * @param anderNaam per name in Gewichten the name another file uses
 * @param zonderBedragen the uitkeringen without amounts per gemeente
 * @param buitenAu the SIUDU columns outside the algemene uitkering and the IU/DU, with their explanation
 */
public record Koppelingen(String naam, Map<String, Maatstaf.Soort> soorten, Map<String, String> anderNaam,
        Set<String> zonderBedragen, Map<String, String> buitenAu) {
    private static final List<String> SOORTEN = List.of("inkomstenmaatstaf", "vast_bedrag", "uitkering",
            "zonder_bedragen", "buiten_algemene_uitkering");

    /**
     * Copies the maps.
     *
     * @param naam the file's name
     * @param soorten the soorten
     * @param anderNaam the name pairs
     * @param zonderBedragen the uitkeringen without amounts
     * @param buitenAu the columns outside the AU
     */
    public Koppelingen {
        soorten = Map.copyOf(soorten);
        anderNaam = Map.copyOf(anderNaam);
        zonderBedragen = Set.copyOf(zonderBedragen);
        buitenAu = Map.copyOf(buitenAu);
    }

    /**
     * Reads the table.
     *
     * @param file the file
     * @param naam its name in errors
     * @return the table
     * @throws nl.fvw.input.InputException naming file, line and column of an unknown soort or a name given twice
     */
    public static Koppelingen lees(Path file, String naam) {
        Tabelbestand t = Tabelbestand.lees(file, naam, '\t', Getalnotatie.ZONDER_DUIZENDTALLEN);
        int soort = t.kolom("soort");
        int wie = t.kolom("naam");
        int ander = t.kolom("naam in ander bestand");
        int toelichting = t.kolom("toelichting");
        Map<String, Maatstaf.Soort> soorten = new LinkedHashMap<>();
        Map<String, String> anderNaam = new LinkedHashMap<>();
        List<String> zonder = new ArrayList<>();
        Map<String, String> buiten = new LinkedHashMap<>();
        Set<String> gezien = new java.util.HashSet<>();
        for (Tabelbestand.Rij r : t.rijen()) {
            String s = r.cellen().get(soort).strip();
            String n = r.cellen().get(wie).strip();
            String a = r.cellen().get(ander).strip();
            if (!SOORTEN.contains(s)) {
                throw t.fout(r, soort, "'" + s + "' is not a soort; expected one of " + SOORTEN);
            }
            if (n.isEmpty() || !gezien.add(n)) {
                throw t.fout(r, wie, n.isEmpty() ? "a row needs a naam" : "'" + n + "' appears twice");
            }
            switch (s) {
                case "inkomstenmaatstaf" -> soorten.put(n, Maatstaf.Soort.INKOMSTEN);
                case "vast_bedrag" -> soorten.put(n, Maatstaf.Soort.VAST);
                case "zonder_bedragen" -> zonder.add(n);
                case "buiten_algemene_uitkering" -> buiten.put(n, r.cellen().get(toelichting).strip());
                default -> {
                    if (a.isEmpty()) {
                        throw t.fout(r, ander, "an uitkering row pairs two names; give the 'naam in ander bestand'");
                    }
                }
            }
            if (!a.isEmpty()) {
                anderNaam.put(n, a);
            }
        }
        return new Koppelingen(naam, soorten, anderNaam, Set.copyOf(zonder), buiten);
    }

    /**
     * The name another file uses for a name in Gewichten.
     *
     * @param gewichtenNaam the name in Gewichten
     * @return the other file's name: the pair's, or the same name
     */
    public String elders(String gewichtenNaam) {
        return anderNaam.getOrDefault(gewichtenNaam, gewichtenNaam);
    }
}
