package nl.fvw.scenario;

import java.nio.file.Path;

import nl.fvw.gemeentefonds.AuKeuzes;
import nl.fvw.gemeentefonds.Circulaire;
import nl.fvw.gemeentefonds.CirculaireLezer;
import nl.fvw.gemeentefonds.Getalnotatie;
import nl.fvw.gemeentefonds.Herindelingen;
import nl.fvw.gemeentefonds.Verdelingsinvoer;
import nl.fvw.input.Node;

/**
 * The section {@code algemene_uitkering}: the circulaire's data files, each with its declared number
 * notation, fvw's table of soorten and names, the klassen, the uitkeringsfactoren, the choices, and
 * optionally an earlier circulaire to compare with (docs/scenario.md). Every file read is hashed.
 */
final class VerdelingReader {
    private VerdelingReader() {
    }

    static Verdelingsinvoer lees(Node node, ScenarioFiles files) {
        Node.Map m = node.asMap().allowOnly("circulaire", "vorige_circulaire", "koppelingen", "klassen", "namen",
                "uitkeringsfactoren", "herindelingen", "keuzes");
        Path koppelingen = files.resolveAndHash(m.get("koppelingen"), "data", ".tsv");
        Path klassen = files.resolveAndHash(m.get("klassen"), "data", ".csv", ".tsv");
        Path namen = files.resolveAndHash(m.get("namen"), "data", ".csv", ".tsv");
        Path factoren = files.resolveAndHash(m.get("uitkeringsfactoren"), "data", ".csv");
        Herindelingen herindelingen = m.opt("herindelingen") == null ? Herindelingen.GEEN
                : Herindelingen.lees(files.resolveAndHash(m.get("herindelingen"), "data", ".tsv"),
                        files.naam(files.resolve(m.get("herindelingen"), ".tsv")));
        AuKeuzes keuzes = keuzes(m.opt("keuzes"));
        Circulaire c = circulaire(m.get("circulaire"), files, koppelingen, klassen, namen, factoren);
        Circulaire vorige = m.opt("vorige_circulaire") == null ? null
                : circulaire(m.get("vorige_circulaire"), files, koppelingen, klassen, namen, factoren);
        return new Verdelingsinvoer(c, vorige, keuzes, herindelingen);
    }

    private static AuKeuzes keuzes(Node node) {
        if (node == null) {
            return AuKeuzes.CIRCULAIRE;
        }
        Node.Map m = node.asMap().allowOnly("vaste_bedragen", "overige_eigen_middelen");
        return new AuKeuzes(metFactor(m.opt("vaste_bedragen"), true), metFactor(m.opt("overige_eigen_middelen"), true));
    }

    private static boolean metFactor(Node node, boolean standaard) {
        if (node == null) {
            return standaard;
        }
        String t = node.asScalar().asText();
        return switch (t) {
            case "met_uitkeringsfactor" -> true;
            case "zonder_uitkeringsfactor" -> false;
            default -> throw node.error("'" + t + "' is not a choice; expected met_uitkeringsfactor or zonder_uitkeringsfactor");
        };
    }

    private static Circulaire circulaire(Node node, ScenarioFiles files, Path koppelingen, Path klassen, Path namen,
            Path factoren) {
        Node.Map m = node.asMap().allowOnly("naam", "code", "uitkeringsjaar", "map", "getalnotatie", "exponenten");
        String code = m.get("code").asScalar().asText();
        if (!code.matches("[MS]\\d{4}_\\d{4}")) {
            throw m.get("code").error("'" + code + "' is not a circulaire's data name; expected M or S, the year of the"
                    + " circulaire and the uitkeringsjaar, like M2024_2025");
        }
        int jaar = m.get("uitkeringsjaar").asScalar().asYear().value();
        if (!code.endsWith("_" + jaar)) {
            throw m.get("uitkeringsjaar").error("uitkeringsjaar " + jaar + " does not match the data " + code);
        }
        Path map = files.resolveMap(m.get("map"));
        Node.Map notatie = m.get("getalnotatie").asMap().allowOnly("Volumina", "Gewichten", "SIUDU");
        boolean exponenten = m.opt("exponenten") != null && switch (m.get("exponenten").asScalar().asText()) {
            case "toegestaan" -> true;
            case "geweigerd" -> false;
            default -> throw m.get("exponenten").error("expected 'toegestaan' or 'geweigerd'");
        };
        CirculaireLezer.Bestanden b = new CirculaireLezer.Bestanden(map, code, m.get("naam").asScalar().asText(), jaar,
                notatie(notatie.get("Volumina")), notatie(notatie.get("Gewichten")), notatie(notatie.get("SIUDU")),
                koppelingen, klassen, namen, factoren, exponenten);
        for (String soort : new String[] {"Volumina", "Gewichten", "SIUDU"}) {
            files.hash("data", b.bestand(soort), m.get("map"));
        }
        return CirculaireLezer.lees(b, files::naam);
    }

    private static Getalnotatie notatie(Node node) {
        String t = node.asScalar().asText();
        Getalnotatie g = Getalnotatie.bySleutel(t);
        if (g == null || g == Getalnotatie.DECIMALE_PUNT) {
            throw node.error("'" + t + "' is not a notation of the circulaire's files; expected "
                    + Getalnotatie.ZONDER_DUIZENDTALLEN.sleutel() + " (" + Getalnotatie.ZONDER_DUIZENDTALLEN.voorbeeld()
                    + ") or " + Getalnotatie.MET_DUIZENDTALLEN.sleutel() + " (" + Getalnotatie.MET_DUIZENDTALLEN.voorbeeld()
                    + ")");
        }
        return g;
    }
}
