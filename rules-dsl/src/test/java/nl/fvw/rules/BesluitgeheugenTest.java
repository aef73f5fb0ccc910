package nl.fvw.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.fvw.money.Amounts;
import nl.fvw.normering.Besluiten;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.normering.Standbereik;
import nl.fvw.normering.Uitgavenpost;
import nl.fvw.present.ExplanationText;
import nl.fvw.scenario.ScenarioReader;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The normering decisions kept on disk: read back they are the decisions the rules take, the figures
 * are the same to the text of every explanation, and they are read only for the structure they were
 * decided for, under the same rules and limits.
 */
class BesluitgeheugenTest {
    private static final nl.fvw.scenario.Scenario SCENARIO = ScenarioReader.read(Path.of("src/test/resources/normering-2022-2028.yaml"));
    private static final Normeringsinvoer INVOER = SCENARIO.normering();
    private static final String TAAKSTELLING = """
            regel "Taakstelling Gemeentefonds 2026-2027"
              id "ANL-TAAKSTELLING"
              bron "Voorbeeld: taakstelling uit het coalitieakkoord"
            wanneer
              voor elk fondsjaar
              het fonds is het Gemeentefonds
              het jaar ligt tussen 2026 en 2027
            dan
              trek € 100,5 mln af van het fonds als korting "taakstelling"
            einde
            """;

    /** Spending items, of which the rules leave three out (CorrectiesTest). */
    private static Normeringsinvoer posten(String rente) {
        Stand s = Stand.parse("Miljoenennota 2023");
        List<Uitgavenpost> items = List.of(
                new Uitgavenpost("ARU", "Netto uitgaven onder het plafond", "UITGAVEN", s, "test", Fixtures.mln(2021, "1000", "1050")),
                new Uitgavenpost("ARU", "EU-afdrachten", "EU-AFDRACHTEN", s, "test", Fixtures.mln(2021, "100", "300")),
                new Uitgavenpost("ARU", "Rente", "RENTE", s, "test", Fixtures.mln(2021, "50", rente)),
                new Uitgavenpost("ARU", "Nationaal Groeifonds", "INVESTERINGSFONDS", s, "test", Fixtures.mln(2021, "0", "100")));
        return Normeringsinvoer.builder().posten(items).standen(List.of(s))
                .bereik(s, new Standbereik(BudgetYear.of(2022), BudgetYear.of(2022), Set.of(Fonds.PROVINCIEFONDS)))
                .jaren(BudgetYear.of(2022), BudgetYear.of(2022)).build();
    }

    private static FvwEngine engine(Path cache, String... rules) {
        FvwEngine.Builder b = FvwEngine.builder().cache(RuleCache.in(cache));
        for (int i = 0; i < rules.length; i++) {
            b.regels(List.of(new RuleFile("regels-" + i + ".dslr", rules[i])));
        }
        return b.build();
    }

    private static List<Path> kept(Path cache) throws IOException {
        Path dir = cache.resolve("besluiten");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    /** Every figure with its explanation, as text. */
    private static String text(Normeringsuitkomst u) {
        StringBuilder b = new StringBuilder();
        u.figuren().forEach(f -> b.append(f.name()).append('\n').append(ExplanationText.of(f.explanation())).append('\n'));
        return b.toString();
    }

    @Test
    void keptDecisionsAreTheRulesDecisionsAndGiveTheSameFiguresAndExplanations(@TempDir Path cache) throws IOException {
        for (Normeringsinvoer in : List.of(INVOER, posten("10"))) {
            Besluiten fired = FvwEngine.shipped().beslis(in);
            String figures = text(FvwEngine.shipped().bereken(in, true));
            FvwEngine first = engine(cache, TAAKSTELLING);
            Besluiten written = first.beslis(in);
            Besluiten read = engine(cache, TAAKSTELLING).beslis(in);
            assertThat(read).isNotSameAs(written);
            assertThat(read.all()).isEqualTo(written.all());
            assertThat(read.uitsluitingen()).isEqualTo(written.uitsluitingen());
            assertThat(read.kortingen()).hasSameSizeAs(written.kortingen());
            for (int i = 0; i < read.kortingen().size(); i++) {
                assertThat(read.kortingen().get(i).toString()).isEqualTo(written.kortingen().get(i).toString());
            }
            assertThat(engine(cache).beslis(in).all()).isEqualTo(fired.all());
            assertThat(text(engine(cache).bereken(in, true))).isEqualTo(figures);
            assertThat(text(engine(cache, TAAKSTELLING).bereken(in, true)))
                    .isEqualTo(text(FvwEngine.builder().regels(List.of(new RuleFile("regels-0.dslr", TAAKSTELLING))).build()
                            .bereken(in, true)));
        }
        assertThat(posten("10").posten()).isNotEmpty();
        assertThat(FvwEngine.shipped().beslis(posten("10")).uitsluitingen()).hasSize(3);
        // two inputs, each under the shipped rules and under the shipped rules with the taakstelling
        assertThat(kept(cache)).hasSize(4);
    }

    @Test
    void keptDecisionsAreReadNotTakenAgain(@TempDir Path cache) throws IOException {
        engine(cache).beslis(INVOER);
        Path file = kept(cache).get(0);
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).contains("\"naam\":\"Rekenregel: accres is de groei van de ARU\"");
        Files.writeString(file, json.replace("\"naam\":\"Rekenregel: accres is de groei van de ARU\"",
                "\"naam\":\"zoals bewaard\""), StandardCharsets.UTF_8);
        assertThat(engine(cache).beslis(INVOER).all()).anyMatch(b -> b.regel().name().equals("zoals bewaard"));
    }

    @Test
    void theStructureRulesAndLimitsAreTheKeyNotTheAmountsOfTheAggregates(@TempDir Path cache) throws IOException {
        engine(cache).beslis(INVOER);
        assertThat(kept(cache)).hasSize(1);
        // a draw of the Monte Carlo (other ARU and bbp): the same structure, the same decisions
        Normeringsinvoer anders = SCENARIO.monteCarlo().trekkingen(INVOER).trekking(3);
        assertThat(anders.aggregaten().stream().map(a -> a.getWaarden()).toList())
                .isNotEqualTo(INVOER.aggregaten().stream().map(a -> a.getWaarden()).toList());
        engine(cache).beslis(anders);
        assertThat(kept(cache)).hasSize(1);
        // what the rules see differs: each a decision of its own
        engine(cache).beslis(posten("10"));
        engine(cache).beslis(posten("11"));   // an item's amount: raw DRL may read it
        engine(cache, TAAKSTELLING).beslis(INVOER);
        FvwEngine.builder().cache(RuleCache.in(cache)).grenzen(new Vuurgrenzen(5_000, java.time.Duration.ofSeconds(7))).build()
                .beslis(INVOER);
        assertThat(kept(cache)).hasSize(5);
    }

    @Test
    void aFileThatCannotBeReadIsDecidedAgainAndWrittenAnew(@TempDir Path cache) throws IOException {
        Besluiten fired = engine(cache).beslis(INVOER);
        Path file = kept(cache).get(0);
        for (String broken : List.of("", "{", "{\"formaat\":\"fvw-besluiten 1\"}", "[1, 2]",
                Files.readString(file).replace("\"inhoud\":\"bbp-systematiek\"", "\"inhoud\":\"onbekend\""))) {
            Files.writeString(file, broken, StandardCharsets.UTF_8);
            assertThat(engine(cache).beslis(INVOER).all()).isEqualTo(fired.all());
            assertThat(engine(cache).beslis(INVOER).all()).isEqualTo(fired.all());
        }
        assertThat(Files.readString(file)).contains("\"formaat\":\"fvw-besluiten 1\"").contains("bbp-systematiek");
    }

    @Test
    void aDirectoryThatCannotBeWrittenKeepsNothingAndDecidesEveryTime(@TempDir Path dir) throws IOException {
        Path notADirectory = dir.resolve("bestand");
        Files.writeString(notADirectory, "geen map");
        assertThat(engine(notADirectory).beslis(INVOER).all()).isEqualTo(FvwEngine.shipped().beslis(INVOER).all());
        assertThat(Amounts.value(engine(notADirectory).bereken(INVOER, false).niveau(Fonds.GEMEENTEFONDS, BudgetYear.of(2024),
                Stand.parse("Voorjaarsnota 2024")).bedrag())).isPositive();
    }
}
