package org.cbcm.web.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

import org.cbcm.shared.Decimals;
import org.cbcm.shared.TextInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.ArrayType;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapType;

/**
 * How the API reads a request body, stricter than how cbcm reads its own stored JSON: a
 * property given twice is refused (not "the last wins"), a whole-number field refuses
 * {@code 1.5} (not rounds it), a decimal beyond {@link Decimals} is refused as it is
 * read, a text with a control character or a broken character is refused
 * ({@link TextInput}), and no list or object holds more than {@value #MOST_ENTRIES}
 * entries. Each refusal names its field.
 */
final class JsonInput {

	/** The most entries of any list or object in a request body. */
	static final int MOST_ENTRIES = 1_000;

	private JsonInput() {
	}

	/** The application's mapper, reading request bodies strictly. */
	static JsonMapper strict(JsonMapper mapper) {
		SimpleModule module = new SimpleModule("cbcm-request-bodies");
		module.addDeserializer(BigDecimal.class, new BoundedDecimal());
		module.addDeserializer(String.class, new CleanText());
		module.setDeserializerModifier(new BoundedContainers());
		return mapper.rebuild()
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.addModule(module)
			.addModule(new SimpleModule("cbcm-codes").setSerializerModifier(new ValueRecords.Writing())
				.setDeserializerModifier(new ValueRecords.Reading()))
			.build();
	}

	/**
	 * A value a request body may not hold, with the message that says why; its path names
	 * the field.
	 */
	static final class RefusedValue extends MismatchedInputException {

		private final String messageKey;

		private final Object[] arguments;

		RefusedValue(JsonParser parser, String messageKey, Object... arguments) {
			super(parser, messageKey);
			this.messageKey = messageKey;
			this.arguments = arguments.clone();
		}

		String messageKey() {
			return messageKey;
		}

		Object[] arguments() {
			return arguments.clone();
		}

	}

	private static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {

		BoundedDecimal() {
			super(BigDecimal.class);
		}

		@Override
		public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			BigDecimal number = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
			if (number != null && !Decimals.readable(number)) {
				throw new RefusedValue(parser, "error.number.range", Decimals.INTEGER_DIGITS, Decimals.DECIMALS);
			}
			return number;
		}

	}

	private static final class CleanText extends StdScalarDeserializer<String> {

		CleanText() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (text != null && TextInput.refused(text)) {
				throw new RefusedValue(parser, "error.text.control");
			}
			return text;
		}

	}

	private static final class BoundedContainers extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
				BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
			return new Bounded(deserializer);
		}

		@Override
		public ValueDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
				BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
			return new Bounded(deserializer);
		}

		@Override
		public ValueDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
				BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
			return new Bounded(deserializer);
		}

	}

	/**
	 * A list, array or map refused when it holds more than {@value #MOST_ENTRIES}
	 * entries. The body's size limit bounds what is read before the count.
	 */
	private static final class Bounded extends DelegatingDeserializer {

		Bounded(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new Bounded(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			return checked(parser, super.deserialize(parser, context));
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context, Object into)
				throws JacksonException {
			return checked(parser, super.deserialize(parser, context, into));
		}

		private static Object checked(JsonParser parser, Object value) {
			int size = (value instanceof Collection<?> collection) ? collection.size()
					: (value instanceof Map<?, ?> map) ? map.size()
							: (value instanceof Object[] array) ? array.length : 0;
			if (size > MOST_ENTRIES) {
				throw new RefusedValue(parser, "error.body.too-many", MOST_ENTRIES);
			}
			return value;
		}

	}

}
