package dev.leafpress.serve;

import dev.leafpress.site.SiteView;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.AbstractList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code site} means to incremental rendering. Every page sees the whole {@link SiteView},
 * but most read only a few of its lists (the default theme: {@code site.pages} for the menu).
 * A page rendered through {@link #tracked} records which lists it touched, and
 * {@link #changedLists} says which lists differ between two builds; a page is stale when the two
 * meet. Works on the record's components, so lists added to SiteView later are tracked too.
 */
final class SiteViewParts {

    /** Stands for "a setting changed": every page is stale. */
    static final String ALL = "*";

    private static final RecordComponent[] COMPONENTS = SiteView.class.getRecordComponents();
    private static final Constructor<SiteView> CONSTRUCTOR = canonicalConstructor();

    private SiteViewParts() {
    }

    /** The names of the lists that differ, or {@link #ALL} when anything else differs. */
    static Set<String> changedLists(SiteView before, SiteView after) {
        Set<String> changed = new HashSet<>();
        if (before == null) {
            return Set.of(ALL);
        }
        for (RecordComponent c : COMPONENTS) {
            if (!Objects.equals(value(c, before), value(c, after))) {
                changed.add(List.class.isAssignableFrom(c.getType()) ? c.getName() : ALL);
            }
        }
        return changed;
    }

    /** A copy of {@code view} whose lists add their name to {@code used} when read. */
    static SiteView tracked(SiteView view, Set<String> used) {
        Object[] args = new Object[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            RecordComponent c = COMPONENTS[i];
            Object value = value(c, view);
            args[i] = value instanceof List<?> list ? new TrackedList<>(list, c.getName(), used) : value;
        }
        try {
            return CONSTRUCTOR.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy SiteView", e);
        }
    }

    private static Constructor<SiteView> canonicalConstructor() {
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            types[i] = COMPONENTS[i].getType();
        }
        try {
            return SiteView.class.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("SiteView has no canonical constructor", e);
        }
    }

    private static Object value(RecordComponent c, SiteView view) {
        try {
            return c.getAccessor().invoke(view);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read SiteView." + c.getName(), e);
        }
    }

    /** A read-only list that notes its name in {@code used} on any read. */
    private static final class TrackedList<T> extends AbstractList<T> {
        private final List<T> list;
        private final String name;
        private final Set<String> used;

        TrackedList(List<T> list, String name, Set<String> used) {
            this.list = list;
            this.name = name;
            this.used = used;
        }

        @Override
        public T get(int index) {
            used.add(name);
            return list.get(index);
        }

        @Override
        public int size() {
            used.add(name);
            return list.size();
        }
    }
}
