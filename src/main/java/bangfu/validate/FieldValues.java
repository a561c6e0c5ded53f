package bangfu.validate;

import bangfu.model.Field;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The values of one row by field: a slot per field of its kind and the order they were put in, two arrays a row
 * instead of a hash map with an entry per value. Iterates in the order the values were put, as the
 * {@link java.util.LinkedHashMap} it replaces did (the row's digest depends on that order).
 */
final class FieldValues extends AbstractMap<Field, Object> {
    private final Field[] fields;
    private final Object[] slots;
    private final byte[] order;
    private int size;

    /** @param fields every field of the row's kind, as {@code kind.fields()} lists them: by ordinal */
    FieldValues(Field[] fields) {
        if (fields.length > 256) throw new IllegalArgumentException("more fields than a row can order");
        this.fields = fields;
        this.slots = new Object[fields.length];
        this.order = new byte[fields.length];
    }

    private int slot(Object key) {
        if (!(key instanceof Field f)) return -1;
        int i = ((Enum<?>) f).ordinal();
        return i < fields.length && fields[i] == f ? i : -1;
    }

    @Override
    public Object get(Object key) {
        int i = slot(key);
        return i < 0 ? null : slots[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Object put(Field key, Object value) {
        if (value == null) throw new NullPointerException("value of " + key);
        int i = slot(key);
        if (i < 0) throw new IllegalArgumentException(key + " is not a field of this row's kind");
        Object old = slots[i];
        if (old == null) order[size++] = (byte) i;
        slots[i] = value;
        return old;
    }

    @Override
    public Object remove(Object key) {
        int i = slot(key);
        if (i < 0 || slots[i] == null) return null;
        Object old = slots[i];
        slots[i] = null;
        int at = 0;
        while (order[at] != (byte) i) at++;
        System.arraycopy(order, at + 1, order, at, size - at - 1);
        size--;
        return old;
    }

    @Override
    public int size() {
        return size;
    }

    /** The i-th field put, for walking the values without an iterator. */
    Field fieldAt(int i) {
        return fields[order[i] & 0xff];
    }

    Object valueAt(int i) {
        return slots[order[i] & 0xff];
    }

    @Override
    public Set<Entry<Field, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Field, Object>> iterator() {
                return new Iterator<>() {
                    private int next;
                    private int last = -1;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<Field, Object> next() {
                        if (next >= size) throw new NoSuchElementException();
                        last = order[next++] & 0xff;
                        return new SimpleImmutableEntry<>(fields[last], slots[last]);
                    }

                    @Override
                    public void remove() {
                        if (last < 0) throw new IllegalStateException();
                        FieldValues.this.remove(fields[last]);
                        next--;
                        last = -1;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public void forEach(java.util.function.BiConsumer<? super Field, ? super Object> action) {
        for (int i = 0; i < size; i++) action.accept(fields[order[i] & 0xff], slots[order[i] & 0xff]);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            if (i > 0) out.append(", ");
            out.append(fields[order[i] & 0xff]).append('=').append(slots[order[i] & 0xff]);
        }
        return out.append('}').toString();
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }
}
