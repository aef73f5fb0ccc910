package nl.fvw.bekostiging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.fvw.explain.RuleRef;

/** The steps of the signalering: their order, their dates, and each step against its term. */
class SignaleringTest {
    private static final RuleRef REGEL = new RuleRef("T-TERMIJN", "termijn", "proef", null);

    private static Signalering.Stap stap(Signaleringsstap s, String datum) {
        return new Signalering.Stap(s, LocalDate.parse(datum), "bron");
    }

    private static Map<Signaleringsstap, Signalering.Termijn> termijnen() {
        return Map.of(Signaleringsstap.GEZAMENLIJKE_ANALYSE, new Signalering.Termijn(6, REGEL),
                Signaleringsstap.BESTUURLIJK_OVERLEG, new Signalering.Termijn(3, REGEL));
    }

    @Test
    void eachStepTakenIsInTimeOrLateAndTheNextIsOverdueOrNotYetDue() {
        Signalering s = new Signalering(LocalDate.parse("2025-06-01"), List.of(stap(Signaleringsstap.SIGNAAL, "2024-01-31"),
                stap(Signaleringsstap.GEZAMENLIJKE_ANALYSE, "2024-08-15")));
        List<Signalering.Toets> t = s.toets(termijnen());
        assertThat(t).extracting(Signalering.Toets::stap).containsExactly(Signaleringsstap.GEZAMENLIJKE_ANALYSE,
                Signaleringsstap.BESTUURLIJK_OVERLEG);
        assertThat(t.get(0).status()).isEqualTo(Signalering.Status.TE_LAAT);
        assertThat(t.get(0).uiterlijk()).isEqualTo(LocalDate.parse("2024-07-31"));
        assertThat(t.get(1).status()).isEqualTo(Signalering.Status.OVER_TIJD);
        assertThat(t.get(1).uiterlijk()).isEqualTo(LocalDate.parse("2024-11-15"));

        Signalering vroeg = new Signalering(LocalDate.parse("2024-11-15"), s.stappen());
        assertThat(vroeg.toets(termijnen()).get(1).status()).as("on the last day of its term").isEqualTo(
                Signalering.Status.NOG_NIET_NODIG);
        Signalering opTijd = new Signalering(LocalDate.parse("2024-07-31"), List.of(stap(Signaleringsstap.SIGNAAL,
                "2024-01-31"), stap(Signaleringsstap.GEZAMENLIJKE_ANALYSE, "2024-07-31")));
        assertThat(opTijd.toets(termijnen()).get(0).status()).isEqualTo(Signalering.Status.OP_TIJD);
        assertThat(opTijd.toets(Map.of()).get(1).status()).as("without a term nothing is due")
                .isEqualTo(Signalering.Status.NOG_NIET_NODIG);
    }

    @Test
    void stepsOutOfOrderOrBeforeTheSignalAreRefused() {
        LocalDate peil = LocalDate.parse("2025-01-01");
        assertThatThrownBy(() -> new Signalering(peil, List.of(stap(Signaleringsstap.GEZAMENLIJKE_ANALYSE, "2024-01-01"))))
                .hasMessage("The signalering starts with the step 'signaal'");
        assertThatThrownBy(() -> new Signalering(peil, List.of(stap(Signaleringsstap.SIGNAAL, "2024-01-01"),
                stap(Signaleringsstap.BESTUURLIJK_OVERLEG, "2024-02-01")))).hasMessageContaining(
                        "Step 'bestuurlijk overleg' follows 'signaal'; the steps are signaal, gezamenlijke analyse");
        assertThatThrownBy(() -> new Signalering(peil, List.of(stap(Signaleringsstap.SIGNAAL, "2024-03-01"),
                stap(Signaleringsstap.GEZAMENLIJKE_ANALYSE, "2024-02-01")))).hasMessage(
                        "Step 'gezamenlijke analyse' of 2024-02-01 is dated before the signal of 2024-03-01");
        assertThatThrownBy(() -> new Signalering(LocalDate.parse("2024-01-01"), List.of(stap(Signaleringsstap.SIGNAAL,
                "2024-03-01")))).hasMessageContaining("The peildatum 2024-01-01 comes before step 'signaal'");
        assertThatThrownBy(() -> Signaleringsstap.parse("overleg")).hasMessageContaining(
                "expected signaal, gezamenlijke analyse, bestuurlijk overleg, besluit");
    }
}
