package nl.fvw.gemeentefonds;

import java.nio.file.Path;

/** The shipped circulaire data, for the tests. */
final class Gegevens {
    static final Path DATA = Path.of("..", "examples", "scenarios", "data").toAbsolutePath().normalize();
    static final Path MAP = DATA.resolve("gemeentefonds");

    private Gegevens() {
    }

    static CirculaireLezer.Bestanden bestanden(String code, String naam, int jaar, Getalnotatie volumina) {
        return bestanden(MAP, code, naam, jaar, volumina);
    }

    static CirculaireLezer.Bestanden bestanden(Path map, String code, String naam, int jaar, Getalnotatie volumina) {
        return new CirculaireLezer.Bestanden(map, code, naam, jaar, volumina, Getalnotatie.MET_DUIZENDTALLEN,
                Getalnotatie.ZONDER_DUIZENDTALLEN,
                DATA.resolve("gemeentefonds-koppelingen.tsv"), MAP.resolve("gemeenteklassen-2025.csv"),
                MAP.resolve("gemeentenamen.csv"), MAP.resolve("uitkeringsfactor.csv"), true);
    }

    static Circulaire lees(String code, String naam, int jaar, Getalnotatie volumina) {
        return CirculaireLezer.lees(bestanden(code, naam, jaar, volumina), p -> MAP.getParent().relativize(p).toString());
    }

    static Circulaire mei2024() {
        return lees("M2024_2025", "meicirculaire 2024", 2025, Getalnotatie.ZONDER_DUIZENDTALLEN);
    }
}
