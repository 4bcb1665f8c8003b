// https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs/data-sources/payload_check
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataGenesyscobrowsePayloadCheckConfig extends cdktf.TerraformMetaArguments {
  /**
  * Operation as `METHOD /api/v2/path` or operationId.
  *
  * Docs at Terraform Registry: {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs/data-sources/payload_check#operation DataGenesyscobrowsePayloadCheck#operation}
  */
  readonly operation: string;
  /**
  * Request body: a JSON string (e.g. from jsonencode) or an object. Omit for operations without a body.
  *
  * Docs at Terraform Registry: {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs/data-sources/payload_check#body DataGenesyscobrowsePayloadCheck#body}
  */
  readonly body?: { [key: string]: any };
  /**
  * Whether an invalid body fails the plan (default true). When false, read `valid` and `diagnostics`.
  *
  * Docs at Terraform Registry: {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs/data-sources/payload_check#fail_on_error DataGenesyscobrowsePayloadCheck#fail_on_error}
  */
  readonly failOnError?: boolean | cdktf.IResolvable;
  /**
  * Warnings acknowledged, each a diagnostic code (`unverified`, `access-unknown`, `structure-only` for the note of a provider without credentials) with the reason it is fine here: they are not repeated at plan (`diagnostics` still lists them). A reason is required; errors cannot be acknowledged.
  *
  * Docs at Terraform Registry: {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs/data-sources/payload_check#acknowledge DataGenesyscobrowsePayloadCheck#acknowledge}
  */
  readonly acknowledge?: DataGenesyscobrowsePayloadCheckAcknowledge[] | cdktf.IResolvable;
}
export interface DataGenesyscobrowsePayloadCheckAcknowledge {
  /**
  * Docs at Terraform Registry: {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs/data-sources/payload_check#code DataGenesyscobrowsePayloadCheck#code}
  */
  readonly code?: string;
  /**
  * Docs at Terraform Registry: {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs/data-sources/payload_check#reason DataGenesyscobrowsePayloadCheck#reason}
  */
  readonly reason?: string;
}

export function dataGenesyscobrowsePayloadCheckAcknowledgeToTerraform(struct?: DataGenesyscobrowsePayloadCheckAcknowledge | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    code: cdktf.stringToTerraform(struct!.code),
    reason: cdktf.stringToTerraform(struct!.reason),
  }
}


export function dataGenesyscobrowsePayloadCheckAcknowledgeToHclTerraform(struct?: DataGenesyscobrowsePayloadCheckAcknowledge | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    code: {
      value: cdktf.stringToHclTerraform(struct!.code),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    reason: {
      value: cdktf.stringToHclTerraform(struct!.reason),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataGenesyscobrowsePayloadCheckAcknowledgeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataGenesyscobrowsePayloadCheckAcknowledge | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._code !== undefined) {
      hasAnyValues = true;
      internalValueResult.code = this._code;
    }
    if (this._reason !== undefined) {
      hasAnyValues = true;
      internalValueResult.reason = this._reason;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataGenesyscobrowsePayloadCheckAcknowledge | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._code = undefined;
      this._reason = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._code = value.code;
      this._reason = value.reason;
    }
  }

  // code - computed: false, optional: true, required: false
  private _code?: string; 
  public get code() {
    return this.getStringAttribute('code');
  }
  public set code(value: string) {
    this._code = value;
  }
  public resetCode() {
    this._code = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get codeInput() {
    return this._code;
  }

  // reason - computed: false, optional: true, required: false
  private _reason?: string; 
  public get reason() {
    return this.getStringAttribute('reason');
  }
  public set reason(value: string) {
    this._reason = value;
  }
  public resetReason() {
    this._reason = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reasonInput() {
    return this._reason;
  }
}

export class DataGenesyscobrowsePayloadCheckAcknowledgeList extends cdktf.ComplexList {
  public internalValue? : DataGenesyscobrowsePayloadCheckAcknowledge[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataGenesyscobrowsePayloadCheckAcknowledgeOutputReference {
    return new DataGenesyscobrowsePayloadCheckAcknowledgeOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataGenesyscobrowsePayloadCheckDiagnostics {
}

export function dataGenesyscobrowsePayloadCheckDiagnosticsToTerraform(struct?: DataGenesyscobrowsePayloadCheckDiagnostics): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataGenesyscobrowsePayloadCheckDiagnosticsToHclTerraform(struct?: DataGenesyscobrowsePayloadCheckDiagnostics): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataGenesyscobrowsePayloadCheckDiagnosticsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataGenesyscobrowsePayloadCheckDiagnostics | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataGenesyscobrowsePayloadCheckDiagnostics | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // severity - computed: true, optional: false, required: false
  public get severity() {
    return this.getStringAttribute('severity');
  }

  // pointer - computed: true, optional: false, required: false
  public get pointer() {
    return this.getStringAttribute('pointer');
  }

  // code - computed: true, optional: false, required: false
  public get code() {
    return this.getStringAttribute('code');
  }

  // message - computed: true, optional: false, required: false
  public get message() {
    return this.getStringAttribute('message');
  }

  // suggestion - computed: true, optional: false, required: false
  public get suggestion() {
    return this.getStringAttribute('suggestion');
  }
}

export class DataGenesyscobrowsePayloadCheckDiagnosticsList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataGenesyscobrowsePayloadCheckDiagnosticsOutputReference {
    return new DataGenesyscobrowsePayloadCheckDiagnosticsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs/data-sources/payload_check genesyscobrowse_payload_check}
*/
export class DataGenesyscobrowsePayloadCheck extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "genesyscobrowse_payload_check";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataGenesyscobrowsePayloadCheck resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataGenesyscobrowsePayloadCheck to import
  * @param importFromId The id of the existing DataGenesyscobrowsePayloadCheck that should be imported. Refer to the {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs/data-sources/payload_check#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataGenesyscobrowsePayloadCheck to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "genesyscobrowse_payload_check", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://terraform.local/providers/genesys-cobrowse/genesyscobrowse/latest/docs/data-sources/payload_check genesyscobrowse_payload_check} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataGenesyscobrowsePayloadCheckConfig
  */
  public constructor(scope: Construct, id: string, config: DataGenesyscobrowsePayloadCheckConfig) {
    super(scope, id, {
      terraformResourceType: 'genesyscobrowse_payload_check',
      terraformGeneratorMetadata: {
        providerName: 'genesyscobrowse'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._operation = config.operation;
    this._body = config.body;
    this._failOnError = config.failOnError;
    this._acknowledge.internalValue = config.acknowledge;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // operation - computed: false, optional: false, required: true
  private _operation?: string; 
  public get operation() {
    return this.getStringAttribute('operation');
  }
  public set operation(value: string) {
    this._operation = value;
  }
  // Temporarily expose input value. Use with caution.
  public get operationInput() {
    return this._operation;
  }

  // body - computed: false, optional: true, required: false
  private _body?: { [key: string]: any }; 
  public get body() {
    return this.getAnyMapAttribute('body');
  }
  public set body(value: { [key: string]: any }) {
    this._body = value;
  }
  public resetBody() {
    this._body = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bodyInput() {
    return this._body;
  }

  // fail_on_error - computed: false, optional: true, required: false
  private _failOnError?: boolean | cdktf.IResolvable; 
  public get failOnError() {
    return this.getBooleanAttribute('fail_on_error');
  }
  public set failOnError(value: boolean | cdktf.IResolvable) {
    this._failOnError = value;
  }
  public resetFailOnError() {
    this._failOnError = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get failOnErrorInput() {
    return this._failOnError;
  }

  // acknowledge - computed: false, optional: true, required: false
  private _acknowledge = new DataGenesyscobrowsePayloadCheckAcknowledgeList(this, "acknowledge", false);
  public get acknowledge() {
    return this._acknowledge;
  }
  public putAcknowledge(value: DataGenesyscobrowsePayloadCheckAcknowledge[] | cdktf.IResolvable) {
    this._acknowledge.internalValue = value;
  }
  public resetAcknowledge() {
    this._acknowledge.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get acknowledgeInput() {
    return this._acknowledge.internalValue;
  }

  // valid - computed: true, optional: false, required: false
  public get valid() {
    return this.getBooleanAttribute('valid');
  }

  // diagnostics - computed: true, optional: false, required: false
  private _diagnostics = new DataGenesyscobrowsePayloadCheckDiagnosticsList(this, "diagnostics", false);
  public get diagnostics() {
    return this._diagnostics;
  }

  // required_permissions - computed: true, optional: false, required: false
  public get requiredPermissions() {
    return this.getListAttribute('required_permissions');
  }

  // oauth_scopes - computed: true, optional: false, required: false
  public get oauthScopes() {
    return this.getListAttribute('oauth_scopes');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      operation: cdktf.stringToTerraform(this._operation),
      body: cdktf.hashMapper(cdktf.anyToTerraform)(this._body),
      fail_on_error: cdktf.booleanToTerraform(this._failOnError),
      acknowledge: cdktf.listMapper(dataGenesyscobrowsePayloadCheckAcknowledgeToTerraform, false)(this._acknowledge.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      operation: {
        value: cdktf.stringToHclTerraform(this._operation),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      body: {
        value: cdktf.hashMapperHcl(cdktf.anyToHclTerraform)(this._body),
        isBlock: false,
        type: "map",
        storageClassType: "anyMap",
      },
      fail_on_error: {
        value: cdktf.booleanToHclTerraform(this._failOnError),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      acknowledge: {
        value: cdktf.listMapperHcl(dataGenesyscobrowsePayloadCheckAcknowledgeToHclTerraform, false)(this._acknowledge.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataGenesyscobrowsePayloadCheckAcknowledgeList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
