package dev.leafpress.build;

import dev.leafpress.site.Post;
import dev.leafpress.site.Route;
import dev.leafpress.site.SiteView;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Digests of what a page's rendering reads: its route (template, variables, head metadata) and
 * the fields of {@code site} it used. Equal digests mean equal pages, so a cached build renders
 * only pages whose digest changed. A post's HTML is represented by the digest of the Markdown
 * it was rendered from, which is cheaper to hash and decides it.
 */
final class Fingerprints {

    /** A value of a type this class does not know; the page is then always rendered. */
    static final class Unknown extends RuntimeException {
        Unknown(Class<?> type) {
            super(type.getName(), null, false, false);
        }
    }

    /** The fields of a post that its rendered body decides, stood for by the body's digest. */
    private static final Set<String> BODY_FIELDS = Set.of("html", "excerptHtml", "description", "hasMore");
    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.trySetAccessible();
                fields.add(new Field(component.getName(), accessor));
            }
            return List.copyOf(fields);
        }
    };

    private final Map<Post, String> posts = new IdentityHashMap<>();
    private final Map<String, String> siteFields = new TreeMap<>();
    /** Set when posts are digested on first sight rather than all up front. */
    private final Function<String, String> lazyBodies;

    /**
     * Digests of values that show posts, such as a feed's, without a site: each post is digested
     * (with its body represented by {@code bodies}) the first time it is met.
     */
    Fingerprints(Function<String, String> bodies) {
        this.lazyBodies = bodies;
    }

    /** The digest of {@code value}, or null when it holds a value of a type this class does not know. */
    String ofValue(Object value) {
        try {
            return digest(d -> add(d, value));
        } catch (Unknown unknown) {
            return null;
        }
    }

    /**
     * @param bodies the digest of a post's rendered body by its source file, or null when unknown
     * @param known  digests made earlier in this build with the same {@code bodies} (for the feeds),
     *               taken as they are
     */
    Fingerprints(SiteView site, Function<String, String> bodies, Fingerprints known) {
        this.lazyBodies = null;
        Map<Post, String> made;
        synchronized (known.posts) {
            made = new IdentityHashMap<>(known.posts);
        }
        List<String> digests = site.posts().parallelStream()
                .map(p -> made.containsKey(p) ? made.get(p) : post(p, bodies.apply(p.source()))).toList();
        for (int i = 0; i < digests.size(); i++) {
            posts.put(site.posts().get(i), digests.get(i));
        }
        for (Field field : FIELDS.get(SiteView.class)) {
            siteFields.put(field.name(), digest(d -> add(d, field.read(site))));
        }
    }

    /** The digest of {@code route} rendered after reading these fields of {@code site}. */
    String of(Route route, Collection<String> fieldsRead) {
        return digest(d -> {
            add(d, List.of(route.path(), route.template(), route.file()));
            add(d, route.vars());
            add(d, route.meta());
            for (String field : new java.util.TreeSet<>(fieldsRead)) {
                add(d, field);
                add(d, siteFields.getOrDefault(field, field.equals(dev.leafpress.render.TrackedSite.EVERYTHING)
                        ? siteFields.toString() : null));
            }
        });
    }

    private String post(Post post, String body) {
        return digest(d -> {
            for (Field field : FIELDS.get(Post.class)) {
                add(d, body != null && BODY_FIELDS.contains(field.name()) ? body : field.read(post));
            }
        });
    }

    private void add(Hash128 d, Object value) {
        if (value == null) {
            d.add('\0');
        } else if (value instanceof String s) {
            text(d, 's', s);
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof Enum<?> || value instanceof TemporalAccessor) {
            text(d, 'v', value.getClass().getName() + ":" + value);
        } else if (value instanceof Post p && lazyBodies != null) {
            text(d, 'p', lazyPost(p));
        } else if (value instanceof Post p && posts.containsKey(p)) {
            text(d, 'p', posts.get(p));
        } else if (value instanceof Record r) {
            text(d, 'r', r.getClass().getName());
            for (Field field : FIELDS.get(r.getClass())) {
                add(d, field.read(r));
            }
        } else if (value instanceof List<?> list) {
            text(d, 'l', Integer.toString(list.size()));
            list.forEach(item -> add(d, item));
        } else if (value instanceof Map<?, ?> map) {
            addMap(d, map);
        } else {
            throw new Unknown(value.getClass());
        }
    }

    private String lazyPost(Post post) {
        synchronized (posts) {
            String known = posts.get(post);
            if (known == null) {
                known = post(post, lazyBodies.apply(post.source()));
                posts.put(post, known);
            }
            return known;
        }
    }

    private void addMap(Hash128 d, Map<?, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
        text(d, 'm', Integer.toString(sorted.size()));
        sorted.forEach((k, v) -> {
            add(d, k);
            add(d, v);
        });
    }

    /** A record component and its accessor, looked up once per class (each lookup copies arrays). */
    private record Field(String name, Method accessor) {
        Object read(Object record) {
            try {
                return accessor.invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new Unknown(record.getClass());
            }
        }
    }

    private static void text(Hash128 d, char tag, String text) {
        d.add(tag).add(text);
    }

    private static String digest(java.util.function.Consumer<Hash128> content) {
        Hash128 d = new Hash128();
        content.accept(d);
        return d.hex();
    }
}
