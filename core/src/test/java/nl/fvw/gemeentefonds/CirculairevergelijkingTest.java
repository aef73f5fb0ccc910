package nl.fvw.gemeentefonds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.fvw.FvwException;

/** Meicirculaire 2023 → septembercirculaire 2023, uitkeringsjaar 2024: the change per gemeente, split three ways. */
class CirculairevergelijkingTest {
    static final Circulaire MEI = Gegevens.lees("M2023_2024", "meicirculaire 2023", 2024, Getalnotatie.ZONDER_DUIZENDTALLEN);
    static final Circulaire SEPTEMBER = Gegevens.lees("S2023_2024", "septembercirculaire 2023", 2024,
            Getalnotatie.ZONDER_DUIZENDTALLEN);
    private static final Circulairevergelijking V = Circulairevergelijking.van(MEI, SEPTEMBER, AuKeuzes.CIRCULAIRE,
            Herindelingen.GEEN);

    @Test
    void theThreeEffectsAddUpExactlyToTheExactChange() {
        assertThat(V.verschillen()).hasSize(342).allSatisfy(v -> {
            Specificatie na = V.naar().van(v.gemeente().code());
            Specificatie voor = V.van().van(v.gemeente().code());
            assertThat(v.exact()).isEqualByComparingTo(na.exact().subtract(voor.exact()));
            // the change as paid differs from the exact change only by the two roundings to the cent
            assertThat(v.au().subtract(v.exact()).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
        });
    }

    @Test
    void theFactorEffectIsTheChangeOfTheFactorTimesTheNewBasis() {
        Circulairevergelijking.Verschil g = V.verschillen().stream().filter(v -> v.gemeente().naam().equals("Groningen"))
                .findFirst().orElseThrow();
        assertThat(g.factor()).isEqualByComparingTo(new BigDecimal("0.011").multiply(V.naar().van("Groningen")
                .uitkeringsbasis()));
        assertThat(SEPTEMBER.uitkeringsfactor().subtract(MEI.uitkeringsfactor())).isEqualByComparingTo("0.011");
    }

    @Test
    void groupsAddUpToTheTotal() {
        List<Circulairevergelijking.Groep> provincies = V.perGroep(Gemeente::provincie);
        assertThat(provincies).hasSize(12);
        BigDecimal som = provincies.stream().map(Circulairevergelijking.Groep::au).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(som).isEqualByComparingTo(V.naar().totaal().subtract(V.van().totaal()));
        assertThat(V.perGroep(Gemeente::grootteklasse)).hasSize(8);
    }

    @Test
    void aMergedGemeenteCountsWithTheGemeenteItMergedInto() {
        // a later circulaire in which Groningen has merged into Eemsdelta (Eemsdelta's data otherwise as published)
        List<Gemeente> gemeenten = new java.util.ArrayList<>(SEPTEMBER.gemeenten());
        gemeenten.remove(SEPTEMBER.gemeente(14));
        Circulaire later = new Circulaire(SEPTEMBER.naam(), SEPTEMBER.code(), 2024, SEPTEMBER.clusters(),
                SEPTEMBER.maatstaven(), SEPTEMBER.uitkeringen(), gemeenten, SEPTEMBER.uitkeringsfactor(), SEPTEMBER.bron(),
                List.of());
        assertThatThrownBy(() -> Circulairevergelijking.van(MEI, later, AuKeuzes.CIRCULAIRE, Herindelingen.GEEN))
                .isInstanceOf(FvwException.class).hasMessageContaining("GM0014 (Groningen)")
                .hasMessageContaining("no herindeling names it");
        Herindelingen h = new Herindelingen("test", List.of(new Herindelingen.Herindeling("2024-01-01", 1979, "Eemsdelta",
                List.of(14, 1979), "test")));
        Circulairevergelijking.Verschil e = Circulairevergelijking.van(MEI, later, AuKeuzes.CIRCULAIRE, h).verschillen()
                .stream().filter(v -> v.gemeente().cbs() == 1979).findFirst().orElseThrow();
        assertThat(e.voorgangers()).extracting(Gemeente::naam).containsExactly("Eemsdelta", "Groningen");
        assertThat(e.auVan()).isEqualByComparingTo(V.van().van("Eemsdelta").bedrag().add(V.van().van("Groningen").bedrag()));
        assertThat(e.exact()).isEqualByComparingTo(V.naar().van("Eemsdelta").exact().subtract(V.van().van("Eemsdelta").exact())
                .subtract(V.van().van("Groningen").exact()));
    }

    @Test
    void theShippedHerindelingenRead() {
        Herindelingen h = Herindelingen.lees(Gegevens.DATA.resolve("herindelingen.tsv"), "herindelingen.tsv");
        assertThat(h.van(501).naam()).isEqualTo("Voorne aan Zee");
        assertThat(h.van(501).code()).isEqualTo(1992);
        assertThat(SEPTEMBER.gemeente(1992).naam()).isEqualTo("Voorne aan Zee");
        assertThat(h.herindelingen()).allSatisfy(x -> assertThat(SEPTEMBER.gemeente(x.code())).isNotNull());
    }
}
