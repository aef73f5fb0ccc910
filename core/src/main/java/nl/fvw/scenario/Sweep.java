package nl.fvw.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import nl.fvw.FvwException;
import nl.fvw.input.InputException;
import nl.fvw.input.Location;
import nl.fvw.money.AmountUnit;
import nl.fvw.param.Parameter;
import nl.fvw.param.ParameterSet;
import nl.fvw.param.ParameterValue;
import nl.fvw.param.Validity;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Ijkmoment;
import nl.fvw.time.Stand;

/**
 * A sweep over one parameter, as a scenario writes it ({@code sweep: {parameter: naam, waarden: […]}}):
 * each value becomes a variant in which the parameter has that value in every year, decided at the
 * earliest stand so that it holds at every stand and replaces the parameter's own decisions. Amounts
 * are in the file's unit, percentages in percent. The parameter may be one shipped with the rules,
 * so the variants are made with the parameters the run has ({@link #varianten}).
 *
 * <pre>{@code
 * List<Scenario.Variant> punten = scenario.sweep().varianten(engine.parameters().layer(eigenParameters));
 * }</pre>
 *
 * @param parameter the parameter's name
 * @param waarden the values, as written
 * @param eenheid the unit of amounts in the file
 * @param location where the sweep is written
 */
public record Sweep(String parameter, List<BigDecimal> waarden, AmountUnit eenheid, Location location) {
    private static final Stand EARLIEST = Stand.of(Ijkmoment.STARTNOTA, 1900);

    /**
     * Checks the components.
     *
     * @param parameter the parameter's name
     * @param waarden the values, as written
     * @param eenheid the unit of amounts in the file
     * @param location where the sweep is written
     */
    public Sweep {
        Objects.requireNonNull(parameter, "parameter");
        waarden = List.copyOf(waarden);
        Objects.requireNonNull(eenheid, "eenheid");
        Objects.requireNonNull(location, "location");
    }

    /**
     * One variant per value, named "parameter = value".
     *
     * @param parameters the parameters of the run (shipped and the scenario's own)
     * @return the variants, in the order of the values
     * @throws InputException at the sweep when the parameter is unknown or a value does not fit it
     */
    public List<Scenario.Variant> varianten(ParameterSet parameters) {
        if (!parameters.has(parameter)) {
            String known;
            try {
                parameters.get(parameter);
                known = "";
            } catch (FvwException e) {
                known = e.getMessage();
            }
            throw new InputException(location, "sweep.parameter", known
                    + "; a sweep varies a parameter that the shipped rules or the scenario's parameter files define");
        }
        Parameter p = parameters.get(parameter);
        BudgetYear first = p.values().stream().map(v -> v.validity().from()).min(Comparator.naturalOrder()).orElseThrow();
        List<Scenario.Variant> out = new ArrayList<>();
        for (BigDecimal v : waarden) {
            BigDecimal stored = switch (p.kind()) {
                case BEDRAG -> {
                    BigDecimal euro = eenheid.toEuroOrNull(v);
                    if (euro == null) {
                        throw new InputException(location, "sweep", "sweep value " + v.toPlainString()
                                + " is more precise than a cent in " + eenheid.label());
                    }
                    yield euro;
                }
                case PERCENTAGE -> v.movePointLeft(2);
                case GETAL -> v;
            };
            Parameter swept = new Parameter(p.name(), p.kind(), p.description(), List.of(
                    new ParameterValue(Validity.from(first), EARLIEST, stored, "sweep over " + p.name(), location)));
            out.add(new Scenario.Variant(p.name() + " = " + v.toPlainString(), List.of(), ParameterSet.of(List.of(swept))));
        }
        return out;
    }
}
