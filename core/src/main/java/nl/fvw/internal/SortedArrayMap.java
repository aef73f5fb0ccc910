package nl.fvw.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.IntFunction;

/**
 * An immutable sorted map over keys in their natural order, held in an array, whose value at a
 * position is made when it is first read (and kept): a result of many parts, of which a caller may read
 * only some, makes only those. Lookups are binary searches; the views of {@link #subMap}, {@link #headMap}
 * and {@link #tailMap} share the arrays.
 *
 * @param <K> the key type, in natural order
 * @param <V> the value type, immutable
 */
public final class SortedArrayMap<K extends Comparable<? super K>, V> extends AbstractMap<K, V>
        implements SortedMap<K, V> {
    private final Object[] keys;
    private final IntFunction<V> maker;
    private final Object[] made;
    private final int from;
    private final int to;

    private SortedArrayMap(Object[] keys, IntFunction<V> maker, Object[] made, int from, int to) {
        this.keys = keys;
        this.maker = maker;
        this.made = made;
        this.from = from;
        this.to = to;
    }

    /**
     * The map of these keys, the value of key {@code i} made by {@code maker.apply(i)} when first read.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param keys the keys, strictly ascending in their natural order (not copied: the caller gives them up)
     * @param maker the value of each position, never null
     * @return the map
     * @throws IllegalArgumentException when the keys are not strictly ascending
     */
    @SuppressWarnings("unchecked")
    public static <K extends Comparable<? super K>, V> SortedArrayMap<K, V> of(Object[] keys, IntFunction<V> maker) {
        for (int i = 1; i < keys.length; i++) {
            if (((K) keys[i - 1]).compareTo((K) keys[i]) >= 0) {
                throw new IllegalArgumentException("keys not strictly ascending at " + i);
            }
        }
        return new SortedArrayMap<>(keys, Objects.requireNonNull(maker, "maker"), new Object[keys.length], 0,
                keys.length);
    }

    @SuppressWarnings("unchecked")
    private V value(int i) {
        Object v = made[i];
        if (v == null) {
            v = Objects.requireNonNull(maker.apply(i), "value");
            made[i] = v;
        }
        return (V) v;
    }

    @SuppressWarnings("unchecked")
    private K key(int i) {
        return (K) keys[i];
    }

    /** The position of the first key at or above {@code key}, within this view. */
    private int lowerBound(Object key) {
        Objects.requireNonNull(key, "key");
        int i = Arrays.binarySearch(keys, from, to, key);
        return i >= 0 ? i : -i - 1;
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public boolean containsKey(Object key) {
        return Arrays.binarySearch(keys, from, to, Objects.requireNonNull(key, "key")) >= 0;
    }

    @Override
    public V get(Object key) {
        int i = Arrays.binarySearch(keys, from, to, Objects.requireNonNull(key, "key"));
        return i >= 0 ? value(i) : null;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int i = from;

                    @Override
                    public boolean hasNext() {
                        return i < to;
                    }

                    @Override
                    public Entry<K, V> next() {
                        if (i >= to) {
                            throw new NoSuchElementException();
                        }
                        Entry<K, V> e = new SimpleImmutableEntry<>(key(i), value(i));
                        i++;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }

    @Override
    public Comparator<? super K> comparator() {
        return null;
    }

    @Override
    public K firstKey() {
        if (from == to) {
            throw new NoSuchElementException();
        }
        return key(from);
    }

    @Override
    public K lastKey() {
        if (from == to) {
            throw new NoSuchElementException();
        }
        return key(to - 1);
    }

    @Override
    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        if (fromKey.compareTo(toKey) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        return view(lowerBound(fromKey), lowerBound(toKey));
    }

    @Override
    public SortedMap<K, V> headMap(K toKey) {
        return view(from, lowerBound(toKey));
    }

    @Override
    public SortedMap<K, V> tailMap(K fromKey) {
        return view(lowerBound(fromKey), to);
    }

    private SortedMap<K, V> view(int a, int b) {
        return new SortedArrayMap<>(keys, maker, made, a, Math.max(a, b));
    }
}
