import { createTheme, type MantineColorsTuple } from '@mantine/core';

const brand: MantineColorsTuple = ['#e7f1ff', '#d0e0ff', '#a1bef8', '#6e9af2', '#437bed', '#2868ea', '#185ee9', '#064ecf', '#0045ba', '#003ba5'];

export const theme = createTheme({
  colors: { brand },
  primaryColor: 'brand',
  primaryShade: 6,
  defaultRadius: 'md',
  fontFamily: '"Inter Variable", Inter, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, "SF Mono", SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  headings: { fontWeight: '650', sizes: { h1: { fontSize: '1.625rem', lineHeight: '1.25' }, h2: { fontSize: '1.25rem' }, h3: { fontSize: '1.0625rem' } } },
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Modal: { defaultProps: { centered: true, radius: 'md', overlayProps: { backgroundOpacity: 0.4, blur: 2 }, closeButtonProps: { 'aria-label': 'Close' } }, styles: { title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } } },
    // A badge never shrinks below its text (in a crowded table its label would be cut to "A…").
    Badge: { defaultProps: { variant: 'light', radius: 'sm' }, styles: { root: { minWidth: 'max-content' } } },
    Tooltip: { defaultProps: { withArrow: true, openDelay: 300 } },
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } } },
    Menu: { defaultProps: { shadow: 'md', withinPortal: true } },
    // A Select's options render when it opens, not hidden from the start: every hidden list was
    // positioned as the page mounted (a forced layout each), the largest cost of showing a page of filters.
    Combobox: { defaultProps: { keepMounted: false } },
    // Its default label ("Toggle password visibility") would make a second match for the field's "Password".
    PasswordInput: { defaultProps: { visibilityToggleButtonProps: { 'aria-label': 'Show or hide what is typed' } } },
  },
});
