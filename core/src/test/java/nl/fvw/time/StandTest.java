package nl.fvw.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.fvw.FvwException;

class StandTest {
    @Test
    void parsesTheUsualNames() {
        assertThat(Stand.parse("Miljoenennota 2024").ijkmoment()).isEqualTo(Ijkmoment.MILJOENENNOTA);
        assertThat(Stand.parse("stand Voorjaarsnota 2022").year()).isEqualTo(2022);
        assertThat(Stand.parse("FJR 2023").ijkmoment()).isEqualTo(Ijkmoment.FINANCIEEL_JAARVERSLAG_RIJK);
        assertThat(Stand.parse("Financieel Jaarverslag Rijk 2023")).isEqualTo(Stand.parse("fjr 2023"));
        assertThat(Stand.parse("meicirculaire 2024").ijkmoment()).isEqualTo(Ijkmoment.MEICIRCULAIRE);
    }

    @Test
    void publicationDatesFollowTheBudgetCalendar() {
        assertThat(Stand.parse("Miljoenennota 2024").publicationDate()).isEqualTo(LocalDate.of(2023, 9, 19));
        assertThat(Stand.parse("FJR 2023").publicationDate()).isEqualTo(LocalDate.of(2024, 5, 15));
        assertThat(Ijkmoment.prinsjesdag(2025)).isEqualTo(LocalDate.of(2025, 9, 16));
        assertThat(Stand.parse("septembercirculaire 2023").publicationDate()).as("with the Miljoenennota 2024")
                .isEqualTo(LocalDate.of(2023, 9, 19)).isEqualTo(Stand.parse("Miljoenennota 2024").publicationDate());
        assertThat(Stand.parse("septembercirculaire 2023").isAfter(Stand.parse("meicirculaire 2023"))).isTrue();
        assertThat(Stand.parse("maartcirculaire 2019").publicationDate()).isEqualTo(LocalDate.of(2019, 3, 31));
    }

    /**
     * normering.md §2 and §2a: maartcirculaire → VJN → FJR of the previous year → meicirculaire → MN of the next year →
     * septembercirculaire → NJN → decembercirculaire; a circulaire is named after the year it appears in.
     */
    @Test
    void standsAreOrderedByPublicationDate() {
        List<Stand> year = List.of(Stand.parse("maartcirculaire 2024"), Stand.parse("Voorjaarsnota 2024"),
                Stand.parse("FJR 2023"), Stand.parse("meicirculaire 2024"), Stand.parse("Miljoenennota 2025"),
                Stand.parse("septembercirculaire 2024"), Stand.parse("Najaarsnota 2024"),
                Stand.parse("decembercirculaire 2024"));
        List<Stand> shuffled = new ArrayList<>(year);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(year);
        assertThat(Stand.parse("Miljoenennota 2024").isBefore(Stand.parse("Voorjaarsnota 2024"))).isTrue();
    }

    @Test
    void anExplicitDateOverridesTheUsualOneAndRoundTrips() {
        Stand s = Stand.parse("Startnota 2017 (2017-12-01)");
        assertThat(s.publicationDate()).isEqualTo(LocalDate.of(2017, 12, 1));
        assertThat(Stand.parse(s.toString())).isEqualTo(s);
        assertThat(Stand.parse("Miljoenennota 2024").toString()).isEqualTo("Miljoenennota 2024");
    }

    @Test
    void badStandsAreClearErrors() {
        assertThatThrownBy(() -> Stand.parse("Lentenota 2024")).isInstanceOf(FvwException.class)
                .hasMessageContaining("'Lentenota' in 'Lentenota 2024' is not a known ijkmoment")
                .hasMessageContaining("Voorjaarsnota");
        assertThatThrownBy(() -> Stand.parse("Miljoenennota")).hasMessageContaining("expected an ijkmoment and a year");
        assertThatThrownBy(() -> Stand.parse("Startnota 2017 (2017-13-01)")).hasMessageContaining("is not a date");
    }

    @Test
    void budgetYearsAreValidated() {
        assertThat(BudgetYear.parse("2024").next()).isEqualTo(BudgetYear.of(2025));
        assertThatThrownBy(() -> BudgetYear.parse("24")).hasMessageContaining("four digits");
        assertThatThrownBy(() -> BudgetYear.of(1800)).hasMessageContaining("outside 1900-2199");
    }
}
