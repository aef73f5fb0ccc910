package nl.fvw.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.fvw.FvwException;
import nl.fvw.rules.internal.RuleCompiler;

/**
 * Raw DRL in an analyst's rule file (lines starting with {@code >}, allowed by {@code ruwe_regels}):
 * it runs only when the user allows it, and even then it may only use fvw's facts and result, the
 * types the shipped rules import. The check reads the raw lines as tokens (string literals left out);
 * no security manager is involved, which newer JDKs no longer have.
 */
public final class RuweRegels {
    private static final Pattern NAAM_VOOR = Pattern.compile("\\b([A-Za-z_$][A-Za-z0-9_$]*)\\s*([.(])");
    private static final Pattern NIEUW = Pattern.compile("\\bnew\\s+([A-Za-z_$][A-Za-z0-9_$.]*)");
    private static final Pattern KOP = Pattern.compile("^\\s*(import|package|global|function|query|declare|rule)\\b");
    private static final Set<String> PAKKETTEN = Set.of("java", "javax", "jdk", "sun", "com", "org", "nl", "kotlin", "scala");
    private static final Set<String> VERBODEN = Set.of("drools", "getClass", "forName", "exit", "exec", "halt",
            "getKieRuntime", "getKnowledgeRuntime", "loadClass", "newInstance", "invoke", "setAccessible");

    private RuweRegels() {
    }

    /**
     * Checks a raw rule file before it is compiled.
     *
     * @param f the file, marked raw
     * @param toegestaan whether the user allowed raw DRL (--sta-ruwe-regels-toe, {@link FvwEngine.Builder#staRuweRegelsToe})
     * @throws FvwException naming the file, and the line and what it uses that is not allowed
     */
    public static void controleer(RuleFile f, boolean toegestaan) {
        List<String> ruw = new ArrayList<>();
        List<Integer> regels = new ArrayList<>();
        String[] lines = f.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.startsWith(">")) {
                ruw.add(l.substring(1));
                regels.add(i + 1);
            }
        }
        if (ruw.isEmpty()) {
            return;
        }
        if (!toegestaan) {
            throw new FvwException(f.name() + ":" + regels.get(0) + ": raw DRL (a line starting with >) can run any Java; it"
                    + " runs only when allowed: --sta-ruwe-regels-toe on the command line, or"
                    + " FvwEngine.builder().staRuweRegelsToe(true) in Java");
        }
        Set<String> typen = toegestaneTypen();
        for (int k = 0; k < ruw.size(); k++) {
            String code = ruw.get(k).replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
            String waar = f.name() + ":" + regels.get(k) + ": raw DRL ";
            Matcher kop = KOP.matcher(code);
            if (kop.find()) {
                throw new FvwException(waar + "may not declare '" + kop.group(1) + "'; the rule's header is fvw's own");
            }
            Matcher m = NAAM_VOOR.matcher(code);
            while (m.find()) {
                String naam = m.group(1);
                boolean lid = m.start() > 0 && code.charAt(m.start() - 1) == '.';
                if (VERBODEN.contains(naam) || naam.equals("kcontext") && m.group(2).equals(".")) {
                    throw new FvwException(waar + "uses '" + naam + "', which reaches outside fvw's facts and result");
                }
                if (!lid && PAKKETTEN.contains(naam) && m.group(2).equals(".")) {
                    throw new FvwException(waar + "names the package '" + naam + "'; only fvw's facts and result may be"
                            + " used: " + typen);
                }
                if (!lid && Character.isUpperCase(naam.charAt(0)) && !typen.contains(naam)) {
                    throw new FvwException(waar + "uses the type '" + naam + "'; only fvw's facts and result may be used: "
                            + typen);
                }
            }
            Matcher n = NIEUW.matcher(code);
            while (n.find()) {
                if (!typen.contains(n.group(1))) {
                    throw new FvwException(waar + "makes a new '" + n.group(1) + "'; only fvw's facts and result may be"
                            + " used: " + typen);
                }
            }
        }
    }

    /** The simple names of the types the shipped rules import: fvw's facts, decisions and result. */
    static Set<String> toegestaneTypen() {
        Set<String> out = new TreeSet<>();
        for (String l : RuleCompiler.headerLines(RuleSources.shipped().texts())) {
            if (l.startsWith("import ")) {
                String q = l.substring(7).replace(";", "").strip();
                out.add(q.substring(q.lastIndexOf('.') + 1));
            }
        }
        return out;
    }
}
