import { RemovalPolicy, SecretValue } from 'aws-cdk-lib';
import { CfnSkill } from 'aws-cdk-lib/alexa-ask';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { Construct } from 'constructs';
import { policyUrlOverrides, type PolicyUrls } from '../policy-urls';
import { packageLocales } from '../skill-package';
import { ALEXA_PRINCIPAL } from './skill-function';

export interface AlexaSkillProps {
  /** The ASK skill package root (skill.json, interactionModels/, tasks/). */
  packageDir: string;
  vendorId: string;
  /** Secrets Manager secret with JSON fields clientId, clientSecret, refreshToken. */
  lwaSecretName: string;
  /** The function ARN the manifest's custom and events endpoints are overridden to. */
  endpointArn: string;
  /** Set into every locale of the manifest at deploy time; skill.json keeps placeholders. */
  policyUrls: PolicyUrls;
}

/**
 * The skill itself, as `Alexa::ASK::Skill`: the package directory goes up as a zipped S3
 * asset, Alexa reads it through a role only it can assume, and the manifest's endpoints
 * are overridden to this deployment's function, its policy URLs to the deploy-time ones.
 */
export class AlexaSkill extends Construct {
  readonly skill: CfnSkill;
  readonly packageReader: Role;
  /** The skill ID (`amzn1.ask.skill.…`), known once CloudFormation has created the skill. */
  readonly skillId: string;

  constructor(scope: Construct, id: string, props: AlexaSkillProps) {
    super(scope, id);
    const skillPackage = new Asset(this, 'Package', { path: props.packageDir });

    this.packageReader = new Role(this, 'PackageReader', {
      assumedBy: new ServicePrincipal(ALEXA_PRINCIPAL),
      description: 'Lets Alexa read the Between Us skill package, and only that object',
    });
    this.packageReader.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [skillPackage.bucket.arnForObjects(skillPackage.s3ObjectKey)],
      }),
    );

    // Dynamic references ({{resolve:secretsmanager:…}}): CloudFormation reads the secret at
    // deploy time; the values never appear in the template or the cloud assembly.
    const lwa = (field: string) =>
      SecretValue.secretsManager(props.lwaSecretName, { jsonField: field }).unsafeUnwrap();

    this.skill = new CfnSkill(this, 'Skill', {
      vendorId: props.vendorId,
      authenticationConfiguration: {
        clientId: lwa('clientId'),
        clientSecret: lwa('clientSecret'),
        refreshToken: lwa('refreshToken'),
      },
      skillPackage: {
        s3Bucket: skillPackage.s3BucketName,
        s3Key: skillPackage.s3ObjectKey,
        s3BucketRole: this.packageReader.roleArn,
        overrides: {
          manifest: {
            apis: { custom: { endpoint: { uri: props.endpointArn } } },
            events: { endpoint: { uri: props.endpointArn } },
            ...policyUrlOverrides(props.policyUrls, packageLocales(props.packageDir)),
          },
        },
      },
    });
    // Alexa fetches the package as soon as the skill is created: the role's policy must exist.
    this.skill.node.addDependency(this.packageReader);
    // A couple's skill outlives a forgotten -c deploySkill=true or a `cdk destroy`: without
    // the flag the stack keeps the same skill-scoped permission, and the skill stays enabled.
    this.skill.applyRemovalPolicy(RemovalPolicy.RETAIN);
    this.skillId = this.skill.ref;
  }
}
