package nl.fvw.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.fvw.bekostiging.Taakuitkomst;
import nl.fvw.normering.AccresPercentage;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.scenario.Controle;
import nl.fvw.scenario.Scenario;
import nl.fvw.time.BudgetYear;

/**
 * Inputs that are valid but implausible, made visible instead of passed over: an accres beyond ±50 %,
 * an index that more than doubles in a year, a check whose tolerance is larger than the figure it
 * checks, a number in the circulaire's data written with a power of ten. They do not stop a run; the report and the JSON print them under the checks.
 */
public final class Waarschuwingen {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Waarschuwingen() {
    }

    /**
     * The warnings of one run.
     *
     * @param s the scenario
     * @param normering its normering outcome, or null
     * @param taken its tasks' outcomes
     * @return the warnings, in Dutch, each naming the figure and its value
     */
    public static List<String> van(Scenario s, Normeringsuitkomst normering, List<Taakuitkomst> taken) {
        List<String> out = new ArrayList<>();
        if (normering != null) {
            for (AccresPercentage a : normering.accressen()) {
                if (a.fraction().abs().compareTo(HALF) > 0) {
                    out.add(a.name() + " is " + a.fraction().movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP)
                            .toPlainString().replace('.', ',') + " %: meer dan 50 % groei of krimp; klopt de invoer?");
                }
            }
        }
        for (Taakuitkomst t : taken) {
            for (BudgetYear y = t.taak().van().next(); !y.isAfter(t.taak().tot()); y = y.next()) {
                BigDecimal eerder = t.taak().index().factor(t.taak().basisjaar(), y.plus(-1));
                BigDecimal nu = t.taak().index().factor(t.taak().basisjaar(), y);
                if (eerder.signum() > 0 && nu.compareTo(eerder.add(eerder)) > 0) {
                    out.add("de index van taak '" + t.taak().naam() + "' stijgt in " + y + " met meer dan 100 %; klopt de"
                            + " indexreeks?");
                }
            }
        }
        if (s.algemeneUitkering() != null) {
            for (nl.fvw.gemeentefonds.Circulaire c : java.util.Arrays.asList(s.algemeneUitkering().vorige(),
                    s.algemeneUitkering().circulaire())) {
                if (c != null) {
                    c.exponenten().forEach(e -> out.add(e + " staat er met een macht van tien, zoals een spreadsheet een"
                            + " groot getal met minder cijfers schrijft; fvw leest het zoals het er staat"));
                }
            }
        }
        for (Controle c : s.controles()) {
            if (c.tolerantie().compareTo(c.gepubliceerd().abs()) > 0 && c.gepubliceerd().signum() != 0) {
                out.add("controle '" + c.naam() + "': de tolerantie " + c.tolerantie().toPlainString().replace('.', ',')
                        + " is groter dan het cijfer zelf (" + c.gepubliceerd().toPlainString().replace('.', ',')
                        + "); zo controleert ze weinig");
            }
        }
        return out;
    }
}
