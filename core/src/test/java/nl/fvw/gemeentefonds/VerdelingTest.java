package nl.fvw.gemeentefonds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

import nl.fvw.normering.Uitkeringsfactor;

/**
 * The algemene uitkering 2025 of the 342 gemeenten from the meicirculaire 2024 data. The amounts of
 * three gemeenten were computed by hand from their rows (volume × the sum of the bedragen over the
 * clusters, WOZ maatstaven without the factor, UF 1,457), independently of fvw: tolerance zero, since
 * both are exact arithmetic rounded once to the cent.
 */
class VerdelingTest {
    private static final Circulaire MEI = Gegevens.mei2024();
    private static final Verdelingsuitkomst V = Verdeling.bereken(MEI, AuKeuzes.CIRCULAIRE);

    @Test
    void readsTheRealGemeenten() {
        assertThat(MEI.gemeenten()).hasSize(342);
        assertThat(MEI.maatstaven()).hasSize(49);
        assertThat(MEI.clusters()).hasSize(12).contains("Overige eigen middelen", "Onroerendezaakbelasting");
        assertThat(MEI.uitkeringsfactor()).isEqualByComparingTo("1.457");
        assertThat(MEI.gemeente(14).naam()).isEqualTo("Groningen");
        assertThat(MEI.gemeente(14).provincie()).isEqualTo("Groningen");
        assertThat(MEI.gemeente(14).grootteklasse()).isEqualTo("150.000 tot 250.000 inwoners");
        // Amsterdam's WOZ-waarde woningen is written 2,1543E+11 in the data: read as written, and reported
        assertThat(MEI.exponenten()).singleElement().asString().contains("M2024_2025_Volumina.tsv:147:46", "2,1543E+11");
    }

    @Test
    void theTotalIsTheSumOfTheGemeentenToTheCent() {
        BigDecimal sum = V.specificaties().stream().map(Specificatie::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(V.totaal()).isEqualTo(sum);
        assertThat(V.specificaties()).allSatisfy(s -> {
            assertThat(s.bedrag().scale()).isEqualTo(2);
            assertThat(s.bedrag()).isEqualTo(s.exact().setScale(2, RoundingMode.HALF_UP));
            assertThat(s.perCluster().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(s.exact());
        });
        assertThat(V.totaal()).isEqualByComparingTo("39917524294.76");
    }

    @Test
    void threeGemeentenComputedByHand() {
        hand("Groningen", "667716961.95", "-49212504.056180", "492058658.891382536", "140875824");
        hand("Aalten", "58282223.68", "-5072630.6859703", "43483084.6730245427", "6796271");
        hand("Schiermonnikoog", "4511553.85", "-536700.27379397", "3464827.81308063021", "66712");
    }

    private static void hand(String naam, String au, String a, String basis, String iuDu) {
        Specificatie s = V.van(naam);
        assertThat(s.bedrag()).as(naam).isEqualByComparingTo(au);
        assertThat(s.onderdeelA()).as(naam).isEqualByComparingTo(a);
        assertThat(s.uitkeringsbasis()).as(naam).isEqualByComparingTo(basis);
        assertThat(s.buitenFactor()).as(naam).isZero();
        assertThat(s.iuDu()).as(naam).isEqualByComparingTo(iuDu);
    }

    @Test
    void theChoicesMoveTheVasteBedragenAndOverigeEigenMiddelenOutOfTheFactor() {
        Verdelingsuitkomst zonder = Verdeling.bereken(MEI, new AuKeuzes(false, false));
        Specificatie g = zonder.van("Groningen");
        assertThat(g.buitenFactor()).isNegative(); // −117,89 per inwoner outweighs the vast bedrag
        assertThat(g.exact()).isEqualByComparingTo(g.onderdeelA().add(g.buitenFactor()).add(new BigDecimal("1.457")
                .multiply(g.uitkeringsbasis())));
        assertThat(g.uitkeringsbasis().add(g.buitenFactor())).isEqualByComparingTo(V.van("Groningen").uitkeringsbasis());
    }

    @Test
    void theFactorAndTheBudgetAreEachOthersInverse() {
        BigDecimal budget = V.budget();
        assertThat(Verdeling.uitkeringsfactor(V, budget)).isEqualByComparingTo("1.457");
        // the exact budget differs from the sum paid only by the roundings to the cent
        assertThat(budget.subtract(V.totaal()).abs()).isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(342)));
        BigDecimal meer = budget.add(new BigDecimal("100000000"));
        BigDecimal uf = Verdeling.uitkeringsfactor(V, meer);
        assertThat(Uitkeringsfactor.PUBLICATIE.round(uf)).isEqualByComparingTo("1.460");
        // the factor is exact to 34 digits, so the budget it implies is the budget to far below a cent
        assertThat(Verdeling.budget(V.totaalA().add(V.totaalBuitenFactor()), V.totaalBasis(), uf).subtract(meer).abs())
                .isLessThan(new BigDecimal("1E-15"));
    }

    @Test
    void everyUitkeringsbasisIsPositive() {
        assertThat(V.specificaties()).allSatisfy(s -> assertThat(s.uitkeringsbasis()).isPositive());
    }

    @Test
    void anAccresMutationReachesEveryRealGemeenteToTheCent() {
        java.util.List<Uitkeringsfactor.Gemeente> gemeenten = V.alsUitkeringsfactorgemeenten();
        Uitkeringsfactor.Effect e = Uitkeringsfactor.effect(nl.fvw.money.Amounts.eur(V.totaal()),
                nl.fvw.money.Amounts.eur("100000000"), gemeenten);
        BigDecimal som = e.perGemeente().values().stream().map(nl.fvw.money.Amounts::value).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(som).isEqualByComparingTo("100000000");
        // the budget the published factor implies gives back that factor
        assertThat(e.voor().gepubliceerd()).isEqualByComparingTo("1.457");
        assertThat(e.na().gepubliceerd()).isEqualByComparingTo("1.460");
        assertThat(e.perGemeente().get("GM0014")).matches(x -> x.isPositive());
    }
}
