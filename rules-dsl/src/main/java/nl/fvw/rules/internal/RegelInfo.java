package nl.fvw.rules.internal;

import java.util.Map;

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

    private static String text(Object value, String fallback) {
        if (value == null) {
            return fallback;
        }
        String s = value.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
