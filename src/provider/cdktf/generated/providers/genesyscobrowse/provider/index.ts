// https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface GenesyscobrowseProviderConfig {
  /**
  * Genesys Cloud region name or domain, e.g. `us-east-1` or `mypurecloud.ie`.
  *
  * Docs at Terraform Registry: {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs#region GenesyscobrowseProvider#region}
  */
  readonly region?: string;
  /**
  * OAuth client-credentials client id used for live checks.
  *
  * Docs at Terraform Registry: {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs#client_id GenesyscobrowseProvider#client_id}
  */
  readonly clientId?: string;
  /**
  * OAuth client secret used for live checks.
  *
  * Docs at Terraform Registry: {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs#client_secret GenesyscobrowseProvider#client_secret}
  */
  readonly clientSecret?: string;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs#alias GenesyscobrowseProvider#alias}
  */
  readonly alias?: string;
}

/**
* Represents a {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs genesyscobrowse}
*/
export class GenesyscobrowseProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "genesyscobrowse";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a GenesyscobrowseProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the GenesyscobrowseProvider to import
  * @param importFromId The id of the existing GenesyscobrowseProvider that should be imported. Refer to the {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the GenesyscobrowseProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "genesyscobrowse", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs genesyscobrowse} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options GenesyscobrowseProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: GenesyscobrowseProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'genesyscobrowse',
      terraformGeneratorMetadata: {
        providerName: 'genesyscobrowse'
      },
      terraformProviderSource: 'terraform.local/genesys-cobrowse/genesyscobrowse'
    });
    this._region = config.region;
    this._clientId = config.clientId;
    this._clientSecret = config.clientSecret;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // region - computed: false, optional: true, required: false
  private _region?: string; 
  public get region() {
    return this._region;
  }
  public set region(value: string | undefined) {
    this._region = value;
  }
  public resetRegion() {
    this._region = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionInput() {
    return this._region;
  }

  // client_id - computed: false, optional: true, required: false
  private _clientId?: string; 
  public get clientId() {
    return this._clientId;
  }
  public set clientId(value: string | undefined) {
    this._clientId = value;
  }
  public resetClientId() {
    this._clientId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientIdInput() {
    return this._clientId;
  }

  // client_secret - computed: false, optional: true, required: false
  private _clientSecret?: string; 
  public get clientSecret() {
    return this._clientSecret;
  }
  public set clientSecret(value: string | undefined) {
    this._clientSecret = value;
  }
  public resetClientSecret() {
    this._clientSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientSecretInput() {
    return this._clientSecret;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      region: cdktf.stringToTerraform(this._region),
      client_id: cdktf.stringToTerraform(this._clientId),
      client_secret: cdktf.stringToTerraform(this._clientSecret),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      region: {
        value: cdktf.stringToHclTerraform(this._region),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_id: {
        value: cdktf.stringToHclTerraform(this._clientId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_secret: {
        value: cdktf.stringToHclTerraform(this._clientSecret),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
