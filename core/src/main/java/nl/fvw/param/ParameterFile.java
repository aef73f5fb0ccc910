package nl.fvw.param;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.fvw.input.InputReader;
import nl.fvw.input.Node;
import nl.fvw.money.AmountUnit;
import nl.fvw.time.BudgetYear;

/**
 * Reads a parameter file (YAML or JSON). Shape:
 *
 * <pre>
 * eenheid: "€ mln"                       # unit of every amount in this file, declared once
 * valuta: EUR                            # optional; fvw computes in EUR
 * parameters:
 *   opschalingskorting.gemeentefonds:
 *     soort: bedrag                      # bedrag | percentage | getal
 *     omschrijving: "Cumulatieve korting op het Gemeentefonds"
 *     waarden:
 *       - vanaf: 2015                    # first budget year, inclusive
 *         tot: 2016                      # optional, exclusive
 *         waarde: 60
 *         besloten: Miljoenennota 2015   # the stand of the decision
 *         bron: "Kamervragen 2021Z14719"
 * </pre>
 *
 * Every key is checked: an unknown key, a wrong type, a value more precise than a cent, an
 * overlap or gap within one decision stand is an error naming file, line and key.
 */
public final class ParameterFile {
    private ParameterFile() {
    }

    /**
     * Reads a parameter file (YAML or JSON, docs/scenario.md).
     *
     * @param file the file
     * @return its parameters
     * @throws nl.fvw.input.InputException naming file, line and key of what is wrong
     */
    public static ParameterSet read(Path file) {
        return fromNode(InputReader.read(file));
    }

    /**
     * Reads a parameter file from its bytes, such as a file shipped on the class path with the rules.
     *
     * @param name the file's name, for messages (ends in .yaml, .yml or .json)
     * @param bytes its content
     * @return the parameters
     * @throws nl.fvw.input.InputException naming file, line and key of the first problem
     */
    public static ParameterSet parse(String name, byte[] bytes) {
        return fromNode(InputReader.parse(name, bytes));
    }

    /**
     * Reads parameters from a parsed file.
     *
     * @param root the file's root node
     * @return its parameters
     */
    public static ParameterSet fromNode(Node root) {
        Node.Map top = root.asMap().allowOnly("$schema", "eenheid", "valuta", "parameters");
        AmountUnit unit = unit(top);
        currency(top);
        List<Parameter> parameters = new ArrayList<>();
        for (Map.Entry<String, Node> e : top.get("parameters").asMap().entries().entrySet()) {
            parameters.add(parameter(e.getKey(), e.getValue(), unit));
        }
        return ParameterSet.of(parameters);
    }

    /**
     * The declared unit of amounts in a file ("eenheid").
     *
     * @param top the file's root mapping
     * @return the unit
     * @throws nl.fvw.input.InputException naming the known units when it is unknown
     */
    public static AmountUnit unit(Node.Map top) {
        Node.Scalar u = top.get("eenheid").asScalar();
        AmountUnit unit = AmountUnit.byLabel(u.asText());
        if (unit == null) {
            throw u.error("'" + u.text() + "' is not a known unit; expected one of " + AmountUnit.knownLabels());
        }
        return unit;
    }

    /**
     * Checks the optional "valuta": fvw computes in euro.
     *
     * @param top the file's root mapping
     * @throws nl.fvw.input.InputException when another currency is declared
     */
    public static void currency(Node.Map top) {
        Node v = top.opt("valuta");
        if (v != null && !v.asScalar().asText().equals("EUR")) {
            throw v.error("currency '" + v.asScalar().text() + "' is not supported; fvw computes in EUR");
        }
    }

    private static Parameter parameter(String name, Node node, AmountUnit unit) {
        Node.Map m = node.asMap().allowOnly("soort", "omschrijving", "waarden");
        Node.Scalar kindNode = m.get("soort").asScalar();
        ParameterKind kind = switch (kindNode.asText()) {
            case "bedrag" -> ParameterKind.BEDRAG;
            case "percentage" -> ParameterKind.PERCENTAGE;
            case "getal" -> ParameterKind.GETAL;
            default -> throw kindNode.error("'" + kindNode.text() + "' is not a kind of parameter; expected bedrag, percentage or getal");
        };
        String description = m.opt("omschrijving") == null ? "" : m.get("omschrijving").asScalar().asText();
        List<ParameterValue> values = new ArrayList<>();
        Node.List list = m.get("waarden").asList();
        if (list.items().isEmpty()) {
            throw list.error("no values; a parameter needs at least one");
        }
        for (Node item : list.items()) {
            values.add(value(item, kind, unit));
        }
        return new Parameter(name, kind, description, values);
    }

    private static ParameterValue value(Node node, ParameterKind kind, AmountUnit unit) {
        Node.Map m = node.asMap().allowOnly("vanaf", "tot", "waarde", "besloten", "bron");
        BudgetYear from = m.get("vanaf").asScalar().asYear();
        BudgetYear to = m.opt("tot") == null ? null : m.get("tot").asScalar().asYear();
        if (to != null && !to.isAfter(from)) {
            throw m.get("tot").error("'tot' " + to + " must come after 'vanaf' " + from + " (it is exclusive)");
        }
        Node.Scalar w = m.get("waarde").asScalar();
        BigDecimal written = w.asDecimal();
        BigDecimal value = switch (kind) {
            case BEDRAG -> {
                BigDecimal euro = unit.toEuroOrNull(written);
                if (euro == null) {
                    throw w.error("'" + w.text() + "' has too many decimals for the unit " + unit.label()
                            + " (at most " + unit.maxDecimals() + ": amounts are exact to the cent)");
                }
                yield euro;
            }
            case PERCENTAGE -> written.movePointLeft(2);
            case GETAL -> written;
        };
        return new ParameterValue(new Validity(from, to), m.get("besloten").asScalar().asStand(), value,
                m.get("bron").asScalar().asText(), m.location());
    }
}
