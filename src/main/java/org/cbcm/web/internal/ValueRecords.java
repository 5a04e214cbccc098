package org.cbcm.web.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The API writes a code (a country {@code KEN}, an Action Plan item {@code 12(c)}, a
 * region {@code 002}, an email address) as the text it is, not as an object around it:
 * every record of one text component {@code value} with a static {@code of(String)}
 * factory is such a code. It reads the text, and for scripts written before, the object
 * {@code {"value": "KEN"}} too; a text the code refuses is refused naming its field. The
 * API's description says the same ({@link #schemas()}). cbcm's own stored JSON keeps its
 * form: only the API's mapper ({@link JsonInput}) reads and writes codes so.
 */
final class ValueRecords {

	private ValueRecords() {
	}

	/** The factory of a code's type, or null when the type is no code. */
	static @Nullable Method factory(Class<?> type) {
		if (!type.isRecord()) {
			return null;
		}
		RecordComponent[] components = type.getRecordComponents();
		if (components.length != 1 || !components[0].getName().equals("value")
				|| components[0].getType() != String.class) {
			return null;
		}
		try {
			Method of = type.getMethod("of", String.class);
			return (Modifier.isStatic(of.getModifiers()) && of.getReturnType() == type) ? of : null;
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
	}

	/** Writes codes as their text. */
	static final class Writing extends ValueSerializerModifier {

		@Override
		public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier description,
				ValueSerializer<?> serializer) {
			Class<?> type = description.getBeanClass();
			return (factory(type) != null) ? new Text(type) : serializer;
		}

	}

	/** Reads codes from their text, or from the object around it. */
	static final class Reading extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
				BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
			Method of = factory(description.getBeanClass());
			return (of != null) ? new Code(description.getBeanClass(), of) : deserializer;
		}

	}

	private static final class Text extends StdSerializer<Object> {

		private final Method value;

		Text(Class<?> type) {
			super(Object.class);
			try {
				this.value = type.getMethod("value");
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void serialize(Object code, JsonGenerator json, SerializationContext context) {
			try {
				json.writeString((String) value.invoke(code));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	private static final class Code extends StdDeserializer<Object> {

		private final Method of;

		Code(Class<?> type, Method of) {
			super(type);
			this.of = of;
		}

		@Override
		public Object deserialize(JsonParser json, DeserializationContext context) {
			String text;
			if (json.currentToken() == JsonToken.VALUE_STRING) {
				text = json.getString();
			}
			else if (json.currentToken() == JsonToken.START_OBJECT) {
				text = null;
				for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
					String name = json.currentName();
					json.nextToken();
					if ("value".equals(name) && json.currentToken() == JsonToken.VALUE_STRING) {
						text = json.getString();
					}
					else {
						json.skipChildren();
					}
				}
				if (text == null) {
					return context.handleUnexpectedToken(handledType(), json);
				}
			}
			else {
				return context.handleUnexpectedToken(handledType(), json);
			}
			try {
				return of.invoke(null, text);
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				return context.handleWeirdStringValue(handledType(), text, "not a code of its kind");
			}
		}

	}

	/**
	 * The class of a type as the description's model converters name it: a class, or
	 * swagger's own type (of the Jackson it is built on, read by its accessor).
	 */
	private static @Nullable Class<?> raw(java.lang.reflect.@Nullable Type type) {
		if (type == null || type instanceof Class<?>) {
			return (Class<?>) type;
		}
		try {
			return (type.getClass().getMethod("getRawClass").invoke(type) instanceof Class<?> raw) ? raw : null;
		}
		catch (ReflectiveOperationException ex) {
			return null;
		}
	}

	/** The API's description: codes are texts. */
	static ModelConverter schemas() {
		return new ModelConverter() {

			@Override
			public Schema<?> resolve(AnnotatedType annotated, ModelConverterContext context,
					Iterator<ModelConverter> chain) {
				Class<?> type = raw(annotated.getType());
				if (type != null && factory(type) != null) {
					return new StringSchema();
				}
				return chain.hasNext() ? chain.next().resolve(annotated, context, chain) : null;
			}

		};
	}

}
