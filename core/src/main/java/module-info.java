/**
 * fvw core: the vocabulary of the financial relations between the Rijk and the decentral
 * governments (money, budget years and stands, parameters, explanations, scenario files) and the
 * arithmetic of normering, bundeling and bekostiging. Every package is public API except
 * {@code nl.fvw.internal}.
 */
module nl.fvw.core {
    requires transitive java.money;
    requires org.javamoney.moneta;
    requires transitive com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.yaml.snakeyaml;

    exports nl.fvw;
    exports nl.fvw.begroting;
    exports nl.fvw.bekostiging;
    exports nl.fvw.bundeling;
    exports nl.fvw.explain;
    exports nl.fvw.gemeentefonds;
    exports nl.fvw.input;
    exports nl.fvw.money;
    exports nl.fvw.normering;
    exports nl.fvw.onzekerheid;
    exports nl.fvw.param;
    exports nl.fvw.present;
    exports nl.fvw.scenario;
    exports nl.fvw.time;
}
