package nl.fvw.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** {@link SortedArrayMap} answers as a {@link TreeMap} of the same entries, and makes each value once. */
class SortedArrayMapProperties {

    @Property(tries = 500)
    void answersAsATreeMap(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 100) Integer> keyList,
            @ForAll @IntRange(min = -5, max = 105) int a, @ForAll @IntRange(min = -5, max = 105) int b) {
        Object[] keys = new TreeSet<>(keyList).toArray();
        SortedMap<Integer, String> map = SortedArrayMap.of(keys, i -> "v" + keys[i]);
        TreeMap<Integer, String> tree = new TreeMap<>();
        for (Object k : keys) {
            tree.put((Integer) k, "v" + k);
        }
        assertThat(map).isEqualTo(tree);
        assertThat(map.entrySet()).containsExactlyElementsOf(tree.entrySet());
        assertThat(map.get(a)).isEqualTo(tree.get(a));
        assertThat(map.containsKey(b)).isEqualTo(tree.containsKey(b));
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        assertThat(map.subMap(lo, hi)).isEqualTo(tree.subMap(lo, hi));
        assertThat(map.headMap(a)).isEqualTo(tree.headMap(a));
        assertThat(map.tailMap(b)).isEqualTo(tree.tailMap(b));
        assertThat(map.tailMap(lo).headMap(hi)).isEqualTo(tree.tailMap(lo).headMap(hi));
        if (!tree.isEmpty()) {
            assertThat(map.firstKey()).isEqualTo(tree.firstKey());
            assertThat(map.lastKey()).isEqualTo(tree.lastKey());
        }
    }

    @Test
    void eachValueIsMadeOnceWhenFirstReadAndTheMapIsImmutable() {
        AtomicInteger made = new AtomicInteger();
        SortedMap<String, String> map = SortedArrayMap.of(new Object[] {"a", "b", "c"}, i -> {
            made.incrementAndGet();
            return "v" + i;
        });
        assertThat(made).hasValue(0);
        assertThat(map.get("b")).isEqualTo("v1");
        assertThat(map.get("b")).isSameAs(map.get("b"));
        assertThat(made).hasValue(1);
        assertThat(map.values()).containsExactly("v0", "v1", "v2");
        assertThat(made).hasValue(3);
        assertThatThrownBy(() -> map.put("d", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> SortedArrayMap.of(new Object[] {"b", "a"}, i -> "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
