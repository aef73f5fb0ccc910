package nl.fvw.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.fvw.explain.RuleRef;
import nl.fvw.money.Amounts;
import nl.fvw.normering.Afrekenmoment;
import nl.fvw.normering.Besluit;
import nl.fvw.normering.Besluiten;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Kortingsbesluit;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Uitgavenpost;
import nl.fvw.normering.Uitsluiting;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.YearSeries;

/**
 * Decisions written as text and read back are the decisions written, in their order: every kind of
 * content, rules with any text, excluded items by their place, kortingen with their amount's scale
 * and currency.
 */
class BesluittekstProperties {
    private static final List<Stand> STANDEN = List.of(Stand.parse("Miljoenennota 2022"),
            Stand.parse("Voorjaarsnota 2022 (2022-06-01)"), Stand.parse("Miljoenennota 2023"), Stand.parse("FJR 2023"));
    private static final Normeringsinvoer INVOER = invoer();
    /** Every content a decision may have, one of each kind per index. */
    private static final int INHOUDEN = 10;

    private static Normeringsinvoer invoer() {
        Stand s = STANDEN.get(2);
        YearSeries reeks = YearSeries.constant(BudgetYear.of(2021), BudgetYear.of(2022), Amounts.mln("100"));
        List<Uitgavenpost> posten = List.of(new Uitgavenpost("ARU", "Netto uitgaven", "UITGAVEN", s, "test", reeks),
                new Uitgavenpost("ARU", "Rente", "RENTE", s, "test", reeks),
                new Uitgavenpost("ARU", "EU-afdrachten", "EU-AFDRACHTEN", s, "test", reeks));
        return Normeringsinvoer.builder().posten(posten).standen(STANDEN).jaren(BudgetYear.of(2021), BudgetYear.of(2022)).build();
    }

    /** Content number {@code n} (0 to INHOUDEN − 1) with values that follow from {@code v}. */
    private static Besluit.Inhoud inhoud(int n, int v) {
        return switch (n) {
            case 0 -> new Besluit.TrapOpTrapAf(v % 2 == 0 ? "ARU" : "NGRU \"oud\"");
            case 1 -> new Besluit.BbpSystematiek();
            case 2 -> new Besluit.GepubliceerdPercentage();
            case 3 -> new Besluit.GepubliceerdeTranche();
            case 4 -> new Besluit.GeheelVast(STANDEN.get(v % STANDEN.size()));
            case 5 -> new Besluit.VolumedeelVast(STANDEN.get(v % STANDEN.size()));
            case 6 -> new Besluit.NietVast();
            case 7 -> new Besluit.Vaststelling(Afrekenmoment.values()[v % Afrekenmoment.values().length]);
            case 8 -> new Besluit.Looptijd(v % 3 == 0 ? null : BudgetYear.of(2020 + v % 9));
            default -> new Besluit.Behoedzaamheidsreserve(BigDecimal.valueOf(v % 97, 2 + v % 3));
        };
    }

    private static final List<Besluit.Soort> KIND_OF = List.of(Besluit.Soort.BEREKENING, Besluit.Soort.BEREKENING,
            Besluit.Soort.BEREKENING, Besluit.Soort.BEREKENING, Besluit.Soort.VASTZETTING, Besluit.Soort.VASTZETTING,
            Besluit.Soort.VASTZETTING, Besluit.Soort.VASTSTELLING, Besluit.Soort.LOOPTIJD, Besluit.Soort.RESERVE);

    @Provide
    Arbitrary<RuleRef> regels() {
        Arbitrary<String> tekst = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)
                .filter(t -> t.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE
                        || Character.getType(c) == Character.UNASSIGNED));
        return Combinators.combine(tekst, tekst, tekst, tekst.injectNull(0.5)).as(RuleRef::new);
    }

    @Provide
    Arbitrary<Besluiten> besluiten() {
        Arbitrary<List<RuleRef>> pool = regels().list().ofMinSize(1).ofMaxSize(4);
        return pool.flatMap(rs -> {
            Arbitrary<RuleRef> regel = Arbitraries.of(rs);
            Arbitrary<Stand> stand = Arbitraries.of(STANDEN).injectNull(0.3);
            Arbitrary<Besluit<?>> besluit = Combinators.combine(Arbitraries.of(Fonds.values()),
                    Arbitraries.integers().between(2015, 2030), stand, Arbitraries.integers().between(0, INHOUDEN - 1), regel)
                    .as((f, jaar, s, soort, r) -> {
                        // one content per fund, year, kind and stand (two that differ are a conflict of their own)
                        int v = jaar * 7 + (s == null ? 0 : STANDEN.indexOf(s) + 1) * 13 + f.ordinal();
                        int n = soort;
                        while (n > 0 && KIND_OF.get(n - 1) == KIND_OF.get(soort)) {
                            n--;   // the first content of the kind ...
                        }
                        int leaves = (int) KIND_OF.stream().filter(k -> k == KIND_OF.get(soort)).count();
                        return new Besluit<>(f, BudgetYear.of(jaar), s, inhoud(n + v % leaves, v), r);   // ... and one of them by v
                    });
            Arbitrary<Uitsluiting> uitsluiting = Combinators.combine(Arbitraries.integers().between(0, 2), stand, regel)
                    .as((p, s, r) -> new Uitsluiting(INVOER.posten().get(p), s, r));
            Arbitrary<Kortingsbesluit> korting = Combinators.combine(Arbitraries.of(Fonds.values()),
                    Arbitraries.integers().between(2015, 2030), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                    Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L), Arbitraries.integers().between(-1, 4),
                    Arbitraries.of("EUR", "USD"), regel)
                    .as((f, jaar, naam, unscaled, scale, valuta, r) -> scale < 0
                            ? Kortingsbesluit.uitParameter(f, BudgetYear.of(jaar), naam, r)
                            : new Kortingsbesluit(f, BudgetYear.of(jaar), naam,
                                    Amounts.of(BigDecimal.valueOf(unscaled, scale), valuta), r));
            return Combinators.combine(besluit.list().ofMaxSize(40), uitsluiting.list().ofMaxSize(4),
                    korting.list().ofMaxSize(4)).as((b, u, k) -> new Besluiten(b, u, k, INVOER));
        });
    }

    @Property(tries = 500)
    void decisionsReadBackAreTheDecisionsWrittenInTheirOrder(@ForAll("besluiten") Besluiten b) {
        Besluiten terug = Besluittekst.lees("besluiten.json", Besluittekst.schrijf(b, "sleutel", INVOER), "sleutel", INVOER);
        assertThat(terug.all()).isEqualTo(b.all());
        assertThat(terug.uitsluitingen()).isEqualTo(b.uitsluitingen());
        for (int i = 0; i < terug.uitsluitingen().size(); i++) {
            assertThat(terug.uitsluitingen().get(i).post()).isSameAs(b.uitsluitingen().get(i).post());
        }
        assertThat(terug.kortingen()).hasSameSizeAs(b.kortingen());
        for (int i = 0; i < b.kortingen().size(); i++) {
            Kortingsbesluit k = b.kortingen().get(i);
            Kortingsbesluit t = terug.kortingen().get(i);
            assertThat(List.of(t.fonds(), t.jaar(), t.naam(), t.regel())).isEqualTo(List.of(k.fonds(), k.jaar(), k.naam(), k.regel()));
            if (k.bedrag() == null) {
                assertThat(t.bedrag()).isNull();
            } else {
                assertThat(t.bedrag().getCurrency()).isEqualTo(k.bedrag().getCurrency());
                assertThat(t.bedrag().getNumber().numberValueExact(BigDecimal.class))
                        .isEqualTo(k.bedrag().getNumber().numberValueExact(BigDecimal.class));   // value and scale
            }
        }
    }

    /** The contents above are every content a decision can have: a new one must be written too. */
    @Test
    void everyContentADecisionCanHaveIsWritten() {
        Set<Class<?>> leaves = new HashSet<>();
        List<Class<?>> open = new ArrayList<>(List.of(Besluit.Inhoud.class));
        while (!open.isEmpty()) {
            Class<?> c = open.remove(0);
            if (c.isSealed()) {
                open.addAll(List.of(c.getPermittedSubclasses()));
            } else {
                leaves.add(c);
            }
        }
        Set<Class<?>> generated = new HashSet<>();
        for (int n = 0; n < INHOUDEN; n++) {
            Besluit.Inhoud i = inhoud(n, 5);
            generated.add(i.getClass());
            assertThat(i.soort()).isEqualTo(KIND_OF.get(n));
            Besluiten een = Besluiten.van(List.of(new Besluit<>(Fonds.GEMEENTEFONDS, BudgetYear.of(2024), null, i,
                    new RuleRef("R", "r", "bron"))), INVOER);
            assertThat(Besluittekst.schrijf(een, "k", INVOER)).isNotNull();
        }
        assertThat(generated).isEqualTo(leaves);
    }

    @Test
    void aTextOfAnotherKeyOrFormIsNotRead() {
        Besluiten een = Besluiten.van(List.of(), INVOER);
        byte[] tekst = Besluittekst.schrijf(een, "k", INVOER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Besluittekst.lees("b.json", tekst, "ander", INVOER))
                .hasMessageContaining("another form or key");
        byte[] ander = new String(tekst, java.nio.charset.StandardCharsets.UTF_8).replace("fvw-besluiten 1", "fvw-besluiten 0")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Besluittekst.lees("b.json", ander, "k", INVOER))
                .hasMessageContaining("another form or key");
    }
}
