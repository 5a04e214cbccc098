package org.cbcm.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The lists of rows and the keyed fields a form object that Spring binds
 * ({@code @ModelAttribute}) holds. A field of a row beyond a list's most rows (such as
 * {@code countries[2147483646]} or an index of a thousand digits) is not bound: it is set
 * aside at once, never counted up to, and {@link BoundForm#errors} refuses its list with
 * {@link #message()}. Any other index or key the form does not hold is set aside too, so
 * that no parameter name reaches the binder in a form it cannot take.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FormRows {

	/** The lists, by their path with the indices left out ({@code participants}). */
	Rows[] value() default {};

	/**
	 * The fields keyed by any text ({@code focus.share[12(c)]}), by their path with the
	 * indices left out ({@code evaluations.ratings}).
	 */
	String[] keyed() default {};

	/** The message key of a list given too many rows; its argument is the most. */
	String message();

	/** A list of rows and the most rows it holds. */
	@interface Rows {

		String list();

		int most();

	}

}
