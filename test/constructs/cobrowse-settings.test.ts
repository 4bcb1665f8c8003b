import { TerraformVariable, Testing } from 'cdktf';
import { COBROWSE_CHANNELS, CobrowseSettings, CobrowseSettingsProps, PAUSE_CONDITIONS } from '../../src/constructs';
import { WebdeploymentsConfiguration } from '../../src/constructs/bindings/generated/providers/genesyscloud/webdeployments-configuration';
import { WebdeploymentsDeployment } from '../../src/constructs/bindings/generated/providers/genesyscloud/webdeployments-deployment';
import { resolveRef, type JsonSchema } from '../../src/genesys';
import { newStack, synthError, synthValid } from './helpers';

Testing.setupJest();

const base: CobrowseSettingsProps = { name: 'support-site', languages: ['en-us'], defaultLanguage: 'en-us' };

describe('CobrowseSettings', () => {
  it('takes allowed values from the provider schema, and they agree with the API snapshot', () => {
    expect(COBROWSE_CHANNELS).toEqual(['Webmessaging', 'Voice']);
    expect(PAUSE_CONDITIONS).toEqual(['Includes', 'DoesNotInclude', 'StartsWith', 'EndsWith', 'Equals']);
    const property = (definition: string, name: string) => resolveRef({ $ref: `#/definitions/${definition}` }).properties?.[name];
    expect(resolveRef(property('CobrowseSettings', 'channels')?.items as JsonSchema).enum).toEqual(COBROWSE_CHANNELS);
    expect(property('PauseCriteria', 'condition')?.enum).toEqual(PAUSE_CONDITIONS);
  });

  it('emits the configuration with its cobrowse block, and the deployment when asked', () => {
    const stack = newStack();
    new CobrowseSettings(stack, 'web', {
      ...base,
      allowAgentControl: true,
      allowDraw: false,
      channels: ['Webmessaging', 'Voice'],
      maskSelectors: ['input[type="password"]', '#card-number'],
      readonlySelectors: ['.checkout button'],
      pauseCriteria: [{ urlFragment: '/payment', condition: 'Includes' }],
      deployment: { name: 'support-site', allowedDomains: ['www.example.com'] },
    });
    const json = synthValid(stack);
    expect(json).toHaveResourceWithProperties(WebdeploymentsConfiguration, {
      name: 'support-site',
      languages: ['en-us'],
      default_language: 'en-us',
      cobrowse: {
        enabled: true,
        allow_agent_control: true,
        allow_draw: false,
        channels: ['Webmessaging', 'Voice'],
        mask_selectors: ['input[type="password"]', '#card-number'],
        readonly_selectors: ['.checkout button'],
        pause_criteria: [{ url_fragment: '/payment', condition: 'Includes' }],
      },
    });
    expect(json).toHaveResourceWithProperties(WebdeploymentsDeployment, { name: 'support-site', allowed_domains: ['www.example.com'] });
  });

  it('emits no deployment by default and accepts tokens unchecked', () => {
    const stack = newStack();
    const lang = new TerraformVariable(stack, 'lang', { type: 'string' });
    new CobrowseSettings(stack, 'web', { ...base, defaultLanguage: lang.stringValue, maskSelectors: [lang.stringValue] });
    const json = synthValid(stack);
    expect(json).not.toHaveResource(WebdeploymentsDeployment);
    expect(json).toHaveResourceWithProperties(WebdeploymentsConfiguration, { default_language: '${var.lang}' });
  });

  // Values outside the literal unions are cast: what a JavaScript caller (or an `as` in TypeScript) can pass.
  it.each<[string, Partial<CobrowseSettingsProps>, string]>([
    ['channel', { channels: ['WebMessaging' as never] }, 'channels[0]: "WebMessaging" is not one of Webmessaging, Voice (did you mean Webmessaging?)'],
    ['selector', { maskSelectors: ['input[type=password'] }, 'maskSelectors[0]: "input[type=password" is not a valid CSS selector'],
    ['dangling combinator', { readonlySelectors: ['form >'] }, 'readonlySelectors[0]: "form >" is not a valid CSS selector (it ends with a combinator)'],
    ['empty selector', { maskSelectors: [''] }, 'maskSelectors[0]: "" is not a CSS selector'],
    ['pause condition', { pauseCriteria: [{ urlFragment: '/pay', condition: 'includes' as never }] }, 'pauseCriteria[0].condition: "includes" is not one of Includes, DoesNotInclude, StartsWith, EndsWith, Equals (did you mean Includes?)'],
    ['pause fragment', { pauseCriteria: [{ urlFragment: '', condition: 'Equals' }] }, 'pauseCriteria[0].urlFragment: required'],
    ['pause shape', { pauseCriteria: [{ urlFragment: '/a', condition: 'Equals', url: 'x' } as never] }, 'pauseCriteria[0].url: not a property of PauseCriteria'],
    ['name', { name: ' ' }, 'name: the web deployment configuration needs a name.'],
    ['languages', { languages: [] }, 'languages: list at least one language'],
    ['defaultLanguage', { defaultLanguage: '' }, 'defaultLanguage: set the default language'],
    ['defaultLanguage not among languages', { languages: ['en-us', 'fr'], defaultLanguage: 'de' }, 'defaultLanguage: "de" is not one of languages (en-us, fr); add it to languages or set defaultLanguage to one of them.'],
  ])('fails synth for a bad %s', (_label, props, message) => {
    const stack = newStack();
    new CobrowseSettings(stack, 'web', { ...base, ...props });
    expect(synthError(stack)).toContain(`[test/web] ${message}`);
  });

  it('keeps `${` in selectors literal', () => {
    const stack = newStack();
    new CobrowseSettings(stack, 'web', { ...base, maskSelectors: ['[data-x="${secret}"]'] });
    expect(synthValid(stack)).toHaveResourceWithProperties(WebdeploymentsConfiguration, { cobrowse: { enabled: true, mask_selectors: ['[data-x="$${secret}"]'] } });
  });
});
