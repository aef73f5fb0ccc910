package nl.fvw.rules.internal;

import java.util.HashMap;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

import nl.fvw.explain.RuleRef;
import nl.fvw.time.Stand;

/** Reads a firing rule's own metadata (id, bron, vervangt) into a {@link RuleRef}. */
public final class RegelInfo {
    private RegelInfo() {
    }

    public static RuleRef van(RuleContext context) {
        return van(context.getRule());
    }

    public static RuleRef van(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        return new RuleRef(text(meta.get("id"), rule.getName()), rule.getName(), text(meta.get("bron"), "(geen bron)"),
                meta.get("vervangt") == null ? null : text(meta.get("vervangt"), null));
    }

    /** The stand at which the rule's decision was taken ({@code besloten}), or null for a standing rule. */
    public static Stand besloten(Rule rule) {
        Object b = rule.getMetaData().get("besloten");
        return b == null ? null : Regels.stand(text(b, null));
    }

    /** The metadata of every rule of one rule base, read once when the engine is built, not at every firing. */
    public static final class Index {
        private final Map<Rule, RuleRef> refs = new HashMap<>();
        private final Map<Rule, Stand> besloten = new HashMap<>();

        private Index() {
        }

        /** Reads the metadata of every rule of {@code kieBase}. */
        public static Index of(KieBase kieBase) {
            Index i = new Index();
            for (KiePackage p : kieBase.getKiePackages()) {
                for (Rule r : p.getRules()) {
                    i.refs.put(r, van(r));
                    i.besloten.put(r, RegelInfo.besloten(r));
                }
            }
            return i;
        }

        /** The rule's reference; read from the rule when it is not of this rule base. */
        public RuleRef ref(Rule r) {
            RuleRef ref = refs.get(r);
            return ref != null ? ref : van(r);
        }

        /** The stand the rule's decision was taken at, or null for a standing rule. */
        public Stand besloten(Rule r) {
            return refs.containsKey(r) ? besloten.get(r) : RegelInfo.besloten(r);
        }
    }

    private static String text(Object value, String fallback) {
        if (value == null) {
            return fallback;
        }
        String s = value.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
