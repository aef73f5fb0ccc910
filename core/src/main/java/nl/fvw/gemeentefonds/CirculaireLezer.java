package nl.fvw.gemeentefonds;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import nl.fvw.input.InputException;
import nl.fvw.input.Location;

/**
 * Reads one circulaire's model data as BZK publishes it (../shared/reference/gemeentefonds/README.md):
 * {@code <code>_Volumina.tsv}, {@code <code>_Gewichten.tsv} and {@code <code>_SIUDU.tsv}, the list of
 * uitkeringsfactoren, the gemeenteklassen with their name table, and fvw's {@link Koppelingen}. Each
 * file's number notation is declared. Before anything is computed it checks that every maatstaf in
 * Volumina has a bedrag per eenheid and the other way round, that every integratie- and
 * decentralisatie-uitkering is known, and that the gemeenten of Volumina, SIUDU and the klassen are
 * the same; a mismatch is an error naming them, with file, line and column.
 *
 * <pre>{@code
 * Circulaire c = CirculaireLezer.lees(new CirculaireLezer.Bestanden(map, "M2024_2025", "meicirculaire 2024", 2025,
 *         Getalnotatie.ZONDER_DUIZENDTALLEN, Getalnotatie.MET_DUIZENDTALLEN, Getalnotatie.ZONDER_DUIZENDTALLEN,
 *         koppelingen, klassen, namen, uf, false), Path::toString);
 * }</pre>
 */
public final class CirculaireLezer {
    private static final List<String> GEMEENTEKOLOMMEN = List.of("CBS", "Naam", "Prov");

    private CirculaireLezer() {
    }

    /**
     * Where a circulaire's data is and how each file writes its numbers.
     *
     * @param map the folder with the circulaire's files
     * @param code the data's name, such as {@code M2024_2025}: mei- (M) or septembercirculaire (S) of a year, and the uitkeringsjaar
     * @param naam the circulaire's name, such as "meicirculaire 2024"
     * @param uitkeringsjaar the uitkeringsjaar
     * @param volumina the notation of the Volumina file
     * @param gewichten the notation of the Gewichten file
     * @param siudu the notation of the SIUDU file
     * @param koppelingen fvw's table of soorten and name pairs
     * @param klassen gemeenteklassen (tab-separated: Gemeenten, Provincie, Gemeentegrootte, Stedelijkheid, Inwonertal)
     * @param namen the names that differ between klassen and the circulaire (Iv3naam, GFnaam)
     * @param uitkeringsfactoren the list of published factors (Circulaire,Jaar,Uitkeringsfactor; decimal point)
     * @param exponenten whether a number with a power of ten is read (and reported) or refused
     */
    public record Bestanden(Path map, String code, String naam, int uitkeringsjaar, Getalnotatie volumina,
            Getalnotatie gewichten, Getalnotatie siudu, Path koppelingen, Path klassen, Path namen,
            Path uitkeringsfactoren, boolean exponenten) {
        /**
         * Checks the components.
         *
         * @param map the folder
         * @param code the data's name
         * @param naam the name
         * @param uitkeringsjaar the year
         * @param volumina the notation of Volumina
         * @param gewichten the notation of Gewichten
         * @param siudu the notation of SIUDU
         * @param koppelingen the table of soorten and names
         * @param klassen the klassen
         * @param namen the name table
         * @param uitkeringsfactoren the factors
         * @param exponenten whether a number with a power of ten ({@code 2,1543E+11}) is read (and reported) or refused
         */
        public Bestanden {
            Objects.requireNonNull(map, "map");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(volumina, "volumina");
            Objects.requireNonNull(gewichten, "gewichten");
            Objects.requireNonNull(siudu, "siudu");
        }

        /**
         * One of the circulaire's files.
         *
         * @param soort Volumina, Gewichten or SIUDU
         * @return the path
         */
        public Path bestand(String soort) {
            return map.resolve(code + "_" + soort + ".tsv");
        }
    }

    /**
     * Reads and checks a circulaire.
     *
     * @param b where the files are
     * @param naam how a file is named in errors
     * @return the circulaire
     * @throws InputException for the first problem, naming file, line and column
     */
    public static Circulaire lees(Bestanden b, Function<Path, String> naam) {
        Koppelingen k = Koppelingen.lees(b.koppelingen(), naam.apply(b.koppelingen()));
        Tabelbestand gew = Tabelbestand.lees(b.bestand("Gewichten"), naam.apply(b.bestand("Gewichten")), '\t', b.gewichten());
        Tabelbestand vol = Tabelbestand.lees(b.bestand("Volumina"), naam.apply(b.bestand("Volumina")), '\t', b.volumina());
        Tabelbestand iu = Tabelbestand.lees(b.bestand("SIUDU"), naam.apply(b.bestand("SIUDU")), '\t', b.siudu());
        BigDecimal uf = uitkeringsfactor(b, naam.apply(b.uitkeringsfactoren()));
        List<String> exponenten = b.exponenten() ? new ArrayList<>() : null;

        // Gewichten: code, name, the clusters, Totaal
        int codeKolom = gew.kolom("Codering maatstaf");
        int naamKolom = gew.kolom("Naam maatstaf");
        int totaal = gew.kolom("Totaal");
        List<String> clusters = gew.kop().subList(naamKolom + 1, totaal);
        List<Maatstaf> maatstaven = new ArrayList<>();
        List<String> uitkeringNamen = new ArrayList<>();
        List<Integer> uitkeringClusters = new ArrayList<>();
        Map<String, Tabelbestand.Rij> gezien = new HashMap<>();
        for (Tabelbestand.Rij r : gew.rijen()) {
            String code = r.cellen().get(codeKolom).strip();
            String mnaam = r.cellen().get(naamKolom).strip();
            List<BigDecimal> bedragen = new ArrayList<>();
            for (int c = naamKolom + 1; c < totaal; c++) {
                bedragen.add(gew.getal(r, c, exponenten));
            }
            String sleutel = code.isEmpty() ? mnaam : code;
            Tabelbestand.Rij eerder = gezien.put(sleutel, r);
            if (eerder != null) {
                throw gew.fout(r, code.isEmpty() ? naamKolom : codeKolom, "'" + sleutel + "' appears twice (also on line "
                        + eerder.regel() + ")");
            }
            if (code.isEmpty()) {
                int cluster = -1;
                for (int c = 0; c < bedragen.size(); c++) {
                    if (bedragen.get(c).signum() != 0) {
                        if (cluster >= 0) {
                            throw gew.fout(r, naamKolom + 1 + c, "uitkering '" + mnaam + "' is put in two clusters ('"
                                    + clusters.get(cluster) + "' and '" + clusters.get(c) + "')");
                        }
                        cluster = c;
                    }
                }
                uitkeringNamen.add(mnaam);
                uitkeringClusters.add(cluster);
            } else {
                maatstaven.add(new Maatstaf(code, mnaam, k.soorten().getOrDefault(code, Maatstaf.Soort.UITGAVEN), bedragen));
            }
        }
        for (String s : k.soorten().keySet()) {
            if (maatstaven.stream().noneMatch(m -> m.code().equals(s))) {
                throw new InputException(new Location(k.naam(), 0, 0), "", "names maatstaf '" + s + "', which "
                        + gew.naam() + " does not have");
            }
        }

        // Volumina: CBS, Naam, Prov, one column per maatstaf
        for (String kolom : GEMEENTEKOLOMMEN) {
            vol.kolom(kolom);
        }
        int[] volKolom = new int[maatstaven.size()];
        TreeSet<String> zonderBedrag = new TreeSet<>(vol.kop().subList(GEMEENTEKOLOMMEN.size(), vol.kop().size()));
        List<String> zonderKolom = new ArrayList<>();
        for (int i = 0; i < maatstaven.size(); i++) {
            String kolom = k.elders(maatstaven.get(i).code());
            volKolom[i] = vol.kop().indexOf(kolom);
            if (volKolom[i] < 0) {
                zonderKolom.add(maatstaven.get(i).code() + (kolom.equals(maatstaven.get(i).code()) ? "" : " (" + kolom + ")"));
            }
            zonderBedrag.remove(kolom);
        }
        if (!zonderKolom.isEmpty()) {
            throw new InputException(new Location(vol.naam(), 1, 1), "", "has no column for maatstaf " + zonderKolom
                    + ", which " + gew.naam() + " gives a bedrag per eenheid; map a different name in " + k.naam());
        }
        if (!zonderBedrag.isEmpty()) {
            throw new InputException(new Location(gew.naam(), 1, 1), "", "has no bedrag per eenheid for maatstaf "
                    + zonderBedrag + " of " + vol.naam() + "; map a different name in " + k.naam());
        }
        int inwo = maatstaven.stream().map(Maatstaf::code).toList().indexOf("inwo");
        if (inwo < 0) {
            throw new InputException(new Location(gew.naam(), 1, 1), "", "has no maatstaf 'inwo' (inwoners)");
        }

        // SIUDU: Naam, Prov (and CBS in some), one column per uitkering
        int iuNaam = iu.kolom("Naam");
        iu.kolom("Prov");
        int iuCbs = iu.kop().indexOf("CBS");
        List<Uitkering> uitkeringen = new ArrayList<>();
        List<Integer> iuKolom = new ArrayList<>();
        TreeSet<String> onbekend = new TreeSet<>(iu.kop());
        GEMEENTEKOLOMMEN.forEach(onbekend::remove);
        onbekend.removeAll(k.buitenAu().keySet());
        List<String> ontbreekt = new ArrayList<>();
        for (int i = 0; i < uitkeringNamen.size(); i++) {
            String n = uitkeringNamen.get(i);
            String kolom = k.elders(n);
            int c = iu.kop().indexOf(kolom);
            if (c < 0 && !k.zonderBedragen().contains(n)) {
                ontbreekt.add(n);
            }
            onbekend.remove(kolom);
            uitkeringen.add(new Uitkering(n, uitkeringClusters.get(i), c < 0 ? null : kolom));
            iuKolom.add(c);
        }
        if (!ontbreekt.isEmpty()) {
            throw new InputException(new Location(iu.naam(), 1, 1), "", "has no column for uitkering " + ontbreekt
                    + " of " + gew.naam() + "; map the name or list it as zonder_bedragen in " + k.naam());
        }
        if (!onbekend.isEmpty()) {
            throw new InputException(new Location(iu.naam(), 1, 1), "", "has uitkering " + onbekend + ", which "
                    + gew.naam() + " does not name; map the name or list it as buiten_algemene_uitkering in " + k.naam());
        }

        Map<String, Klasse> klassen = klassen(b, naam);
        Map<String, Tabelbestand.Rij> iuRij = new LinkedHashMap<>();
        for (Tabelbestand.Rij r : iu.rijen()) {
            String n = r.cellen().get(iuNaam).strip();
            Tabelbestand.Rij eerder = iuRij.put(n, r);
            if (eerder != null) {
                throw iu.fout(r, iuNaam, "gemeente '" + n + "' appears twice (also on line " + eerder.regel() + ")");
            }
        }
        Map<Integer, Tabelbestand.Rij> perCode = new HashMap<>();
        Map<String, String> provincies = new HashMap<>();
        List<Gemeente> gemeenten = new ArrayList<>();
        int cbsKolom = vol.kolom("CBS");
        int volNaam = vol.kolom("Naam");
        int prov = vol.kolom("Prov");
        for (Tabelbestand.Rij r : vol.rijen()) {
            int cbs = cbs(vol, r, cbsKolom);
            Tabelbestand.Rij eerder = perCode.put(cbs, r);
            if (eerder != null) {
                throw vol.fout(r, cbsKolom, "two rows with CBS code " + cbs + " (" + Gemeente.code(cbs) + "): lines "
                        + eerder.regel() + " and " + r.regel());
            }
            String gnaam = r.cellen().get(volNaam).strip();
            List<BigDecimal> volumes = new ArrayList<>();
            for (int i = 0; i < maatstaven.size(); i++) {
                BigDecimal v = vol.getal(r, volKolom[i], exponenten);
                if (v.signum() < 0) {
                    throw vol.fout(r, volKolom[i], "a volume cannot be negative: '" + r.cellen().get(volKolom[i]) + "' for "
                            + gnaam);
                }
                volumes.add(v);
            }
            Tabelbestand.Rij ir = iuRij.remove(gnaam);
            if (ir == null) {
                throw vol.fout(r, volNaam, "gemeente '" + gnaam + "' is not in " + iu.naam());
            }
            if (iuCbs >= 0 && cbs(iu, ir, iuCbs) != cbs) {
                throw iu.fout(ir, iuCbs, "gemeente '" + gnaam + "' has CBS code " + ir.cellen().get(iuCbs) + "; "
                        + vol.naam() + " gives " + cbs);
            }
            List<BigDecimal> bedragen = new ArrayList<>();
            for (int c : iuKolom) {
                bedragen.add(c < 0 ? null : iu.getal(ir, c, exponenten));
            }
            Klasse kl = klassen.remove(gnaam);
            if (kl == null) {
                throw vol.fout(r, volNaam, "gemeente '" + gnaam + "' is not in " + naam.apply(b.klassen())
                        + " (or under another name: map it in " + naam.apply(b.namen()) + ")");
            }
            String p = r.cellen().get(prov).strip();
            String eerdereProvincie = provincies.putIfAbsent(p, kl.provincie());
            if (eerdereProvincie != null && !eerdereProvincie.equals(kl.provincie())) {
                throw vol.fout(r, prov, "provincie " + p + " of " + gnaam + " is " + kl.provincie() + " in "
                        + naam.apply(b.klassen()) + ", but other gemeenten with provincie " + p + " are in "
                        + eerdereProvincie);
            }
            gemeenten.add(new Gemeente(cbs, gnaam, kl.provincie(), kl.grootte(), kl.stedelijkheid(), volumes.get(inwo),
                    volumes, bedragen));
        }
        if (!iuRij.isEmpty()) {
            Tabelbestand.Rij r = iuRij.values().iterator().next();
            throw iu.fout(r, iuNaam, "gemeente " + iuRij.keySet() + " is not in " + vol.naam());
        }
        if (!klassen.isEmpty()) {
            throw new InputException(new Location(naam.apply(b.klassen()), klassen.values().iterator().next().regel(), 1),
                    "", "gemeente " + klassen.keySet() + " is not in " + vol.naam());
        }
        String bron = b.code() + ": " + gew.naam() + ", " + vol.naam() + ", " + iu.naam() + "; uitkeringsfactor "
                + naam.apply(b.uitkeringsfactoren());
        return new Circulaire(b.naam(), b.code(), b.uitkeringsjaar(), clusters, maatstaven, uitkeringen, gemeenten, uf, bron,
                exponenten == null ? List.of() : exponenten);
    }

    private static int cbs(Tabelbestand t, Tabelbestand.Rij r, int kolom) {
        String text = r.cellen().get(kolom).strip();
        if (!text.matches("\\d{1,4}")) {
            throw t.fout(r, kolom, "'" + text + "' is not a CBS gemeentecode (one to four digits, no GM)");
        }
        return Integer.parseInt(text);
    }

    private record Klasse(int regel, String provincie, String grootte, String stedelijkheid) {
    }

    private static Map<String, Klasse> klassen(Bestanden b, Function<Path, String> naam) {
        Tabelbestand namen = Tabelbestand.lees(b.namen(), naam.apply(b.namen()), '\t', Getalnotatie.ZONDER_DUIZENDTALLEN);
        int iv3 = namen.kolom("Iv3naam");
        int gf = namen.kolom("GFnaam");
        Map<String, String> andere = new HashMap<>();
        for (Tabelbestand.Rij r : namen.rijen()) {
            andere.put(r.cellen().get(iv3).strip(), r.cellen().get(gf).strip());
        }
        Tabelbestand t = Tabelbestand.lees(b.klassen(), naam.apply(b.klassen()), '\t', Getalnotatie.ZONDER_DUIZENDTALLEN);
        int g = t.kolom("Gemeenten");
        int p = t.kolom("Provincie");
        int grootte = t.kolom("Gemeentegrootte");
        int sted = t.kolom("Stedelijkheid");
        Map<String, Klasse> out = new LinkedHashMap<>();
        for (Tabelbestand.Rij r : t.rijen()) {
            String n = r.cellen().get(g).strip();
            String gfNaam = andere.getOrDefault(n, n);
            if (out.put(gfNaam, new Klasse(r.regel(), r.cellen().get(p).strip(), grootteklasse(r.cellen().get(grootte)
                    .strip()), r.cellen().get(sted).strip())) != null) {
                throw t.fout(r, g, "gemeente '" + gfNaam + "' appears twice");
            }
        }
        return out;
    }

    /** "20000tot50000inwoners" as "20.000 tot 50.000 inwoners": the class's own words, with spaces and thousands dots. */
    static String grootteklasse(String text) {
        String spaced = text.replaceAll("(?<=\\d)(?=[a-zA-Z])|(?<=[a-zA-Z])(?=\\d)", " ").replace("tot", " tot ")
                .replace("Minderdan", "minder dan").replace("ofmeer", " of meer").replaceAll("\\s+", " ").strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher(spaced);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, String.format(java.util.Locale.GERMANY, "%,d", Long.parseLong(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static BigDecimal uitkeringsfactor(Bestanden b, String naam) {
        Tabelbestand t = Tabelbestand.lees(b.uitkeringsfactoren(), naam, ',', Getalnotatie.DECIMALE_PUNT);
        int c = t.kolom("Circulaire");
        int j = t.kolom("Jaar");
        int f = t.kolom("Uitkeringsfactor");
        String[] delen = b.code().split("_");
        for (Tabelbestand.Rij r : t.rijen()) {
            if (r.cellen().get(c).strip().equals(delen[0]) && r.cellen().get(j).strip().equals(String.valueOf(
                    b.uitkeringsjaar()))) {
                return t.getal(r, f);
            }
        }
        throw new InputException(new Location(naam, 0, 0), "", "has no uitkeringsfactor for circulaire " + delen[0]
                + " and uitkeringsjaar " + b.uitkeringsjaar());
    }
}
