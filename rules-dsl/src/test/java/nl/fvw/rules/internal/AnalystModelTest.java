package nl.fvw.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import nl.fvw.rules.RuleSources;

/** Analysts' rules compiled alone and made into one rule base with the shipped rules' prebuilt model. */
class AnalystModelTest {
    private static final String RULE = """
            regel "Accres zoals gedrukt, model"
              id "ANL-MODEL"
              bron "Miljoenennota 2012, bijlage, tabel 9.1: gedrukte accrespercentages"
              vervangt "NRM-REKENREGEL-NGRU"
            wanneer
              voor elk fondsjaar
              het jaar ligt tussen 1995 en 2017
            dan
              het accres is het gepubliceerde percentage
            einde
            """;

    /** Per package the names of its rules, each name as often as the package holds it. */
    private static Map<String, List<String>> rules(KieBase base) {
        Map<String, List<String>> out = new TreeMap<>();
        for (KiePackage p : base.getKiePackages()) {
            List<String> names = new ArrayList<>();
            for (Rule r : p.getRules()) {
                names.add(r.getName());
            }
            names.sort(null);
            if (!names.isEmpty()) {
                out.put(p.getName(), names);
            }
        }
        return out;
    }

    private static RuleCompiler.Compiled compile(Path dir) {
        RuleCompiler.clearMemoryCache();
        return RuleCompiler.compile(RuleSources.shipped().hashes(), RuleSources.shipped()::texts,
                List.of(new RuleCompiler.RuleFile("model.dslr", RULE, false)), dir);
    }

    @Test
    void everyShippedRuleOnceAndTheAnalystsBesideThem(@TempDir Path dir) throws IOException {
        Map<String, List<String>> shipped = rules(Regelbasis.shipped().kieBase());
        RuleCompiler.Compiled compiled = compile(dir);
        Map<String, List<String>> expected = new TreeMap<>(shipped);
        expected.put(RuleCompiler.ANALYST_PACKAGE, List.of("Accres zoals gedrukt, model"));
        assertThat(rules(compiled.basis().kieBase())).isEqualTo(expected);
        // the jar kept holds the analysts' model alone, and read back makes the same rule base
        Path jar;
        try (var files = Files.list(dir)) {
            jar = files.filter(f -> f.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        try (var in = new java.util.jar.JarInputStream(Files.newInputStream(jar))) {
            for (var e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                if (e.getName().endsWith(".class")) {
                    assertThat(e.getName()).as("no shipped rule compiled again")
                            .doesNotStartWith("nl/fvw/regels/normering/Rules").doesNotStartWith("nl/fvw/regels/bundeling/Rules")
                            .doesNotStartWith("nl/fvw/regels/bekostiging/Rules");
                }
            }
        }
        assertThat(rules(AnalystModel.kieBase(jar))).isEqualTo(expected);
        RuleCompiler.Compiled again = compile(dir);
        assertThat(again.fromCache()).isTrue();
        assertThat(rules(again.basis().kieBase())).isEqualTo(expected);
    }

    @Test
    void compiledFilesOfAnotherFormAreRefused() {
        byte[] shippedList = ("Drools-Model-Version:10.2.0\nnl.fvw.regels.normering.Rules0\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnalystModel.kieBase(Map.of(AnalystModel.MODEL_LIST, shippedList), "oud.jar"))
                .isInstanceOf(IOException.class)
                .hasMessage("oud.jar lists the model nl.fvw.regels.normering.Rules0, outside " + RuleCompiler.ANALYST_PACKAGE);
        assertThatThrownBy(() -> AnalystModel.kieBase(Map.of(), "leeg.jar"))
                .isInstanceOf(IOException.class).hasMessage("leeg.jar has no " + AnalystModel.MODEL_LIST);
        byte[] none = "Drools-Model-Version:10.2.0\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnalystModel.kieBase(Map.of(AnalystModel.MODEL_LIST, none), "niets.jar"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("names no rule model");
    }

    /** A jar of the earlier form (the shipped rules compiled into it) at a key is compiled anew, not doubled. */
    @Test
    void aKeptJarOfAnotherFormIsCompiledAnew(@TempDir Path dir) throws IOException {
        compile(dir);
        Path jar;
        try (var files = Files.list(dir)) {
            jar = files.filter(f -> f.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        Path ids = jar.resolveSibling(jar.getFileName().toString().replace(".jar", ".vervangt"));
        Files.delete(ids);
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry(AnalystModel.MODEL_LIST));
            out.write("Drools-Model-Version:10.2.0\nnl.fvw.regels.normering.Rules0\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        RuleCompiler.Compiled c = compile(dir);
        assertThat(c.fromCache()).isFalse();
        assertThat(rules(c.basis().kieBase()).get(RuleCompiler.ANALYST_PACKAGE)).containsExactly("Accres zoals gedrukt, model");
        assertThat(AnalystModel.kieBase(jar)).as("written anew").isNotNull();
    }
}
