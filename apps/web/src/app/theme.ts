import { Badge, createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Banso's look: calm indigo, readable Japanese type, roomy touch targets on phones. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  fontFamily:
    "system-ui, -apple-system, 'Hiragino Sans', 'Noto Sans CJK JP', 'Noto Sans JP', 'Yu Gothic', Meiryo, sans-serif",
  defaultRadius: 'md',
  components: {
    Button: { defaultProps: { size: 'md' } },
    // Light and outline badges: text in the darkest shade of their colour, so every colour passes WCAG AA.
    Badge: Badge.extend({
      vars: (_theme, props) => {
        if (props.variant !== 'light' && props.variant !== 'outline') return { root: {} };
        const color = (typeof props.color === 'string' ? props.color : 'indigo').split('.')[0];
        const root: Record<string, string> = { '--badge-color': `var(--mantine-color-${color}-9)` };
        if (props.variant === 'light') root['--badge-bg'] = `var(--mantine-color-${color}-0)`;
        return { root };
      },
    }),
  },
});

/**
 * Mantine's dimmed grey and its error red are below WCAG AA contrast on white: a darker grey keeps secondary text
 * readable, a darker red (red.9) the field errors, darker shades the text of light variants.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-error': '#c92a2a',
    // Text of light variants (alerts, light buttons and badges) on their tinted backgrounds, at AA contrast.
    '--mantine-color-red-light-color': '#c92a2a',
    '--mantine-color-blue-light-color': '#1864ab',
    '--mantine-color-indigo-light-color': '#364fc7',
    '--mantine-color-green-light-color': '#2b6b34',
    '--mantine-color-orange-light-color': '#b3400d',
  },
  dark: {},
});
