// The language switcher changes the language of the page as it is now: after htmx has updated the
// filters of a list, that is the address in the location bar, not the one the page was loaded with.
// Without scripts the form's hidden fields carry the query the page was loaded with.
document.querySelectorAll('form.language-switch').forEach((form) => {
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const url = new URL(window.location.href);
		url.searchParams.set('lang', form.elements.lang.value);
		url.hash = '';
		window.location.assign(url.toString());
	});
});
// Where scripts run, the box of a long facet of the registry narrows its values as one types (a
// ticked value stays); the form sends the box too, so the page comes back narrowed the same way,
// which is all there is without scripts.
const plainText = (text) => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().trim();
document.addEventListener('input', (event) => {
	const box = event.target.closest('input[data-facet-find]');
	if (!box) {
		return;
	}
	const wanted = plainText(box.value);
	const facet = box.closest('fieldset');
	facet.querySelectorAll('.form-check').forEach((option) => {
		const name = option.querySelector('.facet-value');
		option.hidden = wanted !== '' && !option.querySelector('input').checked
			&& !plainText(name ? name.textContent : '').includes(wanted);
	});
	const more = facet.querySelector('details');
	if (more && wanted !== '') {
		more.open = true;
	}
});
// The registry's filters are open on a large screen where the browser cannot show them by its styles
// (cbcm.css), and stay as the reader left them when htmx brings the form back with new results.
const largeScreen = window.matchMedia('(min-width: 992px)');
let filtersOpen = null;
const openFilters = () => {
	const filters = document.querySelector('details.filters');
	if (filters) {
		filters.open = (filters.open || largeScreen.matches || filtersOpen === true);
	}
};
document.addEventListener('htmx:beforeSwap', () => {
	const filters = document.querySelector('details.filters');
	filtersOpen = filters ? filters.open : null;
});
document.addEventListener('htmx:afterSwap', openFilters);
openFilters();
