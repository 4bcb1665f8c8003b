#!/usr/bin/env node
import { runPlugin } from './handshake';
import { createProvider } from './provider';

runPlugin(createProvider, {
  name: 'genesyscobrowse provider',
  notAPluginHint:
    'Add the genesyscobrowse provider to your Terraform configuration and run terraform init / plan; ' +
    '`npx genesys-cobrowse provider install` sets up a local mirror for it.',
});
