package nl.fvw.rules.internal;

import java.util.Map;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

import nl.fvw.explain.RuleRef;

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

    private static String text(Object value, String fallback) {
        if (value == null) {
            return fallback;
        }
        String s = value.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
