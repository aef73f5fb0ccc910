package nl.fvw.normering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;

import nl.fvw.money.Amounts;

class UitkeringsfactorTest {
    private static Uitkeringsfactor.Gemeente g(String code, String basis, String inkomsten) {
        return new Uitkeringsfactor.Gemeente(code, Amounts.eur(basis), Amounts.eur(inkomsten));
    }

    @Test
    void factorAndAllocation() {
        List<Uitkeringsfactor.Gemeente> gs = List.of(g("GM0363", "600", "-100"), g("GM0599", "300", "-50"),
                g("GM0014", "100", "0"));
        Uitkeringsfactor.Uitkomst u = Uitkeringsfactor.bereken(Amounts.eur("1350.00"), gs, true);
        // (1350 + 150) / 1000 = 1.5
        assertThat(u.factor()).isEqualByComparingTo("1.5");
        assertThat(u.gepubliceerd()).isEqualByComparingTo("1.500");
        assertThat(Amounts.value(u.au().get("GM0363"))).isEqualByComparingTo("800");
        assertThat(Amounts.value(u.au().get("GM0599"))).isEqualByComparingTo("400");
        assertThat(Amounts.value(u.au().get("GM0014"))).isEqualByComparingTo("150");
        assertThat(u.explanation().roundings()).singleElement().satisfies(r -> assertThat(r.step().source()).contains("Bfv 2001"));
    }

    @Test
    void anAccresMutationMovesTheFactor() {
        List<Uitkeringsfactor.Gemeente> gs = List.of(g("A", "600", "-100"), g("B", "400", "0"));
        Uitkeringsfactor.Effect e = Uitkeringsfactor.effect(Amounts.eur("1400.00"), Amounts.eur("-10.00"), gs);
        assertThat(e.factorverschil()).isEqualByComparingTo("-0.01");
        assertThat(Amounts.value(e.perGemeente().get("A"))).isEqualByComparingTo("-6");
        assertThat(Amounts.value(e.perGemeente().get("B"))).isEqualByComparingTo("-4");
    }

    @Test
    void basisFromMaatstaven() {
        MonetaryAmount b = Uitkeringsfactor.uitkeringsbasis(Map.of("inwoners", new BigDecimal("1000"), "jongeren",
                new BigDecimal("200")), Map.of("inwoners", Amounts.eur("150.25"), "jongeren", Amounts.eur("300")));
        assertThat(Amounts.value(b)).isEqualByComparingTo("210250");
        assertThatThrownBy(() -> Uitkeringsfactor.uitkeringsbasis(Map.of("wegen", BigDecimal.ONE), Map.of()))
                .hasMessageContaining("No bedrag per eenheid for maatstaf 'wegen'");
        assertThatThrownBy(() -> Uitkeringsfactor.uitkeringsbasis(Map.of("inwoners", new BigDecimal("-1")),
                Map.of("inwoners", Amounts.eur("1")))).hasMessageContaining("negative number of eenheden");
    }

    @Test
    void basesOfAllGemeentenAtOnceAreEachGemeentesBasis() {
        Map<String, MonetaryAmount> prijzen = Map.of("inwoners", Amounts.eur("150.25"), "jongeren", Amounts.eur("300"),
                "bijstand", Amounts.eur("1234.5678"));
        Map<String, Map<String, BigDecimal>> eenheden = new java.util.LinkedHashMap<>();
        eenheden.put("GM0002", Map.of("inwoners", new BigDecimal("1000"), "jongeren", new BigDecimal("200")));
        eenheden.put("GM0001", Map.of("inwoners", new BigDecimal("98765"), "bijstand", new BigDecimal("1234")));
        Map<String, MonetaryAmount> bases = Uitkeringsfactor.uitkeringsbases(eenheden, prijzen);
        assertThat(bases.keySet()).containsExactly("GM0002", "GM0001");
        eenheden.forEach((code, e) -> assertThat(Amounts.sameValue(bases.get(code), Uitkeringsfactor.uitkeringsbasis(e, prijzen)))
                .isTrue());
        assertThat(Amounts.value(bases.get("GM0001"))).isEqualByComparingTo("16362897.9152");
        assertThatThrownBy(() -> Uitkeringsfactor.uitkeringsbases(Map.of("X", Map.of("inwoners", BigDecimal.ONE)),
                Map.of("inwoners", Amounts.of(BigDecimal.ONE, "USD")))).hasMessageContaining("USD");
    }

    @Test
    void errors() {
        assertThatThrownBy(() -> g("X", "-1", "0")).hasMessageContaining("uitkeringsbasis is negative");
        assertThatThrownBy(() -> g("X", "1", "5")).hasMessageContaining("inkomstenmaatstaven are a negative amount");
        assertThatThrownBy(() -> Uitkeringsfactor.bereken(Amounts.eur("1"), List.of(g("A", "1", "0"), g("A", "1", "0")), false))
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> Uitkeringsfactor.bereken(Amounts.eur("1"), List.of(), false)).hasMessageContaining("No gemeenten");
        assertThatThrownBy(() -> Uitkeringsfactor.bereken(Amounts.eur("1"), List.of(g("A", "0", "0")), false))
                .hasMessageContaining("Division by zero in uitkeringsfactor");
    }
}
