package nl.fvw.input;

import java.util.Collection;
import java.util.Locale;

/**
 * The known word nearest to a misspelt one (Levenshtein distance), for "did you mean" hints.
 *
 * <pre>{@code
 * String hint = Nearest.of("stnad", List.of("stand", "standen", "scenario"));   // "stand"
 * }</pre>
 */
public final class Nearest {
    private Nearest() {
    }

    /**
     * A "did you mean" suggestion: the closest candidate, when it is close enough to be a typo.
     *
     * @param word what was written
     * @param candidates what is known
     * @return the suggestion, or null
     */
    public static String of(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, word.length() / 3) ? best : null;
    }

    /**
     * The closest candidate by edit distance, however far.
     *
     * @param word what was written
     * @param candidates what is known (not empty)
     * @return the closest candidate
     */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * The {@code n} candidates closest to {@code word} by edit distance (ignoring case), ties in natural order.
     *
     * @param word what was written
     * @param candidates what is known
     * @param n how many
     * @return at most {@code n} candidates, closest first
     */
    public static java.util.List<String> nearest(String word, Collection<String> candidates, int n) {
        String w = word.toLowerCase(Locale.ROOT);
        return candidates.stream().distinct()
                .sorted(java.util.Comparator.comparingInt((String c) -> distance(w, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .limit(n).toList();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
