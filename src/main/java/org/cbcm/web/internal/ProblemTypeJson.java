package org.cbcm.web.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Gives every problem its type as it is written as JSON: where a problem becomes the body
 * of an answer is the one place every problem passes through, whether the API's handlers
 * wrote it ({@link ApiErrors}, {@link PageErrors}, a record's conflict), Spring answered
 * for itself (405, 406, 415) or a security filter wrote it straight to the response (401,
 * 403, 429) with the application's JSON mapper. A problem that names its type keeps it;
 * one left {@code about:blank} is written with the type its status and properties make it
 * ({@link ProblemTypes#typeOf}). A module bean, which Spring Boot adds to the
 * application's JSON mapper and so to the API's message converter.
 */
@Component
class ProblemTypeJson extends SimpleModule {

	private static final long serialVersionUID = 1L;

	ProblemTypeJson(ObjectProvider<ProblemTypes> types) {
		super("cbcm-problem-types");
		setSerializerModifier(new TypeOfProblems(types));
	}

	/** Swaps the writer of a problem's {@code type} for one that fills it in. */
	private static final class TypeOfProblems extends ValueSerializerModifier {

		private static final long serialVersionUID = 1L;

		// Looked up when a problem is written: the types need the public address, whose
		// configuration needs the JSON mapper this module is part of.
		private final transient ObjectProvider<ProblemTypes> types;

		TypeOfProblems(ObjectProvider<ProblemTypes> types) {
			this.types = types;
		}

		@Override
		public List<BeanPropertyWriter> changeProperties(SerializationConfig config,
				BeanDescription.Supplier description, List<BeanPropertyWriter> properties) {
			if (!ProblemDetail.class.isAssignableFrom(description.getBeanClass())) {
				return properties;
			}
			List<BeanPropertyWriter> changed = new ArrayList<>(properties.size());
			for (BeanPropertyWriter property : properties) {
				changed.add("type".equals(property.getName()) ? new TypeWriter(property, types) : property);
			}
			return changed;
		}

	}

	private static final class TypeWriter extends BeanPropertyWriter {

		private static final long serialVersionUID = 1L;

		private final transient ObjectProvider<ProblemTypes> types;

		TypeWriter(BeanPropertyWriter base, ObjectProvider<ProblemTypes> types) {
			super(base);
			this.types = types;
		}

		@Override
		public void serializeAsProperty(Object bean, JsonGenerator generator, SerializationContext context)
				throws Exception {
			ProblemTypes known = types.getIfAvailable();
			URI type = (known != null && bean instanceof ProblemDetail problem) ? known.typeOf(problem) : null;
			if (type == null) {
				super.serializeAsProperty(bean, generator, context);
				return;
			}
			generator.writeName(getSerializedName());
			generator.writeString(type.toString());
		}

	}

}
