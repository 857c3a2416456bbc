package dev.leafpress.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code post.title} on a record, resolved to the method Pebble's own resolver would pick, but
 * looked up once per class and name: Pebble's resolver copies the method's parameter types and
 * builds a cache key on every call, which was a tenth of rendering. Anything else (maps, lists,
 * arguments, fields, methods inherited from outside the record) is left to Pebble's resolver.
 */
final class RecordAttributes implements AttributeResolver {

    private static final ClassValue<ConcurrentHashMap<String, Optional<Method>>> MEMBERS = new ClassValue<>() {
        @Override
        protected ConcurrentHashMap<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeNameValue, Object[] argumentValues,
                                     ArgumentsNode args, EvaluationContextImpl context, String filename,
                                     int lineNumber) {
        if (!(instance instanceof Record) || instance instanceof Iterable || instance instanceof java.util.Map
                || instance instanceof java.util.Map.Entry || (argumentValues != null && argumentValues.length > 0)) {
            return null;
        }
        String name = String.valueOf(attributeNameValue);
        ConcurrentHashMap<String, Optional<Method>> members = MEMBERS.get(instance.getClass());
        Optional<Method> member = members.get(name);
        if (member == null) {
            member = members.computeIfAbsent(name, n -> Optional.ofNullable(find(instance.getClass(), n)));
        }
        if (member.isEmpty()) {
            return null;
        }
        try {
            return new ResolvedAttribute(member.get().invoke(instance));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new PebbleException(e, "Could not call " + member.get().getName(), lineNumber, filename);
        }
    }

    /**
     * Pebble's order for an attribute without arguments: a public method of that name (ignoring
     * case), then a public field, then get-, is- and has- methods. Null when the answer is a field
     * or a method not declared by the record itself, which Pebble then resolves (and vets) itself.
     */
    static Method find(Class<?> type, String name) {
        if (name.isEmpty()) {
            return null;
        }
        Method found = method(type, name);
        if (found == null && hasPublicField(type, name)) {
            return null;
        }
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String prefix : new String[] {"get", "is", "has"}) {
            found = found != null ? found : method(type, prefix + capitalised);
        }
        if (found == null || found.getDeclaringClass() != type || !found.trySetAccessible()) {
            return null;
        }
        return found;
    }

    private static Method method(Class<?> type, String name) {
        for (Method m : type.getMethods()) {
            if (m.getName().equalsIgnoreCase(name) && m.getParameterCount() == 0) {
                return m;
            }
        }
        return null;
    }

    private static boolean hasPublicField(Class<?> type, String name) {
        try {
            return Modifier.isPublic(type.getField(name).getModifiers());
        } catch (NoSuchFieldException e) {
            return false;
        }
    }
}
