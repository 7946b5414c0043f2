import { PublishStatusField as PublishStatusField_91f3855d8cd45c33743662a9a59ee1ce } from '../../../../plugins/publishing/admin/PublishStatusField'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { YesNoCell as YesNoCell_13f82bff3f7324c55b6ef8e94bd3c1e8 } from '../../../../cms/components/admin/YesNoCell'
import { ApprovalStatusField as ApprovalStatusField_cd21fdfd69628f7f72d59d07fd1db49e } from '../../../../plugins/approval/admin/ApprovalStatusField'
import { SiteStatusCell as SiteStatusCell_42fc52d2a7885eff340a03706c0fc6cf } from '../../../../plugins/publishing/admin/SiteStatusCell'
import { DepartmentScope as DepartmentScope_fe78831abd47c6ccd40e1582c3b1c9b4 } from '../../../../plugins/dashboard/admin/DepartmentScope'
import { SubmitForApproval as SubmitForApproval_9186c3f9df4a05eb4fa48503a6291b0d } from '../../../../plugins/approval/admin/SubmitForApproval'
import { StandardTextChanges as StandardTextChanges_fc54c1436146dbdf996b07aec430693b } from '../../../../plugins/easy-language/admin/StandardTextChanges'
import { EasyLanguageTextField as EasyLanguageTextField_04907fcb92ddff2954678dc3af27e6bc } from '../../../../plugins/easy-language/admin/EasyLanguageTextField'
import { CurrentPasswordField as CurrentPasswordField_b2548d4e4a1819e4b69b23dd33637b64 } from '../../../../cms/components/CurrentPasswordField'
import { DepartmentsLabel as DepartmentsLabel_752e2eefbdfbad7b5c2bc69841a9fed0 } from '../../../../cms/components/admin/DepartmentsLabel'
import { FeedbackDeadlineCell as FeedbackDeadlineCell_a92caa4334e9b87d79627cfa2af7dfff } from '../../../../plugins/accessibility-feedback/admin/DeadlineCell'
import { ReleaseStepRowLabel as ReleaseStepRowLabel_5149fc8f4ac4f3c0b23655cb38b754f7 } from '../../../../plugins/publishing/admin/ReleasesRowLabel'
import { ReleasesCountCell as ReleasesCountCell_53469d6b4c06ff94aaccfdad7bfa2c17 } from '../../../../plugins/publishing/admin/ReleasesCountCell'
import { ReleaseChangeRowLabel as ReleaseChangeRowLabel_5149fc8f4ac4f3c0b23655cb38b754f7 } from '../../../../plugins/publishing/admin/ReleasesRowLabel'
import { ReleaseRefusedRowLabel as ReleaseRefusedRowLabel_5149fc8f4ac4f3c0b23655cb38b754f7 } from '../../../../plugins/publishing/admin/ReleasesRowLabel'
import { LotseIcon as LotseIcon_df5023a874a120be8ac96cebd7622cae } from '../../../../cms/components/LotseLogo'
import { LotseLogo as LotseLogo_df5023a874a120be8ac96cebd7622cae } from '../../../../cms/components/LotseLogo'
import { AdminNavLink as AdminNavLink_28f0f342b5a72313e9b89a1af43b20c0 } from '../../../../cms/components/admin/NavLink'
import { QueueNavLink as QueueNavLink_acde39a941e537753961aa17bb70e056 } from '../../../../plugins/approval/admin/QueueNavLink'
import { GermanUploadMessages as GermanUploadMessages_dad3b10b733f5249a5f1029ca6730384 } from '../../../../cms/components/GermanUploadMessages'
import { AccessibleAdmin as AccessibleAdmin_79e13ae9839bfc7c3068ec725d26181f } from '../../../../cms/components/admin/AccessibleAdmin'
import { StaleTextsView as StaleTextsView_bddcba9654279eb9e12124ce4f80bab8 } from '../../../../plugins/easy-language/admin/StaleTextsView'
import { QueueView as QueueView_85d5d03711ac8808b79cabe17de9c047 } from '../../../../plugins/approval/admin/QueueView'
import { ReleasesView as ReleasesView_859f4ce7c96c3603061e5515fe7aa094 } from '../../../../plugins/publishing/admin/ReleasesView'
import { PreviewView as PreviewView_31afb4f16582fc055b201873f7fc9a5b } from '../../../../plugins/publishing/admin/PreviewView'
import { DashboardView as DashboardView_3f4575cbefbc3102c864f9b962cfe844 } from '../../../../plugins/dashboard/admin/DashboardView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/plugins/publishing/admin/PublishStatusField#PublishStatusField": PublishStatusField_91f3855d8cd45c33743662a9a59ee1ce,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/cms/components/admin/YesNoCell#YesNoCell": YesNoCell_13f82bff3f7324c55b6ef8e94bd3c1e8,
  "/plugins/approval/admin/ApprovalStatusField#ApprovalStatusField": ApprovalStatusField_cd21fdfd69628f7f72d59d07fd1db49e,
  "/plugins/publishing/admin/SiteStatusCell#SiteStatusCell": SiteStatusCell_42fc52d2a7885eff340a03706c0fc6cf,
  "/plugins/dashboard/admin/DepartmentScope#DepartmentScope": DepartmentScope_fe78831abd47c6ccd40e1582c3b1c9b4,
  "/plugins/approval/admin/SubmitForApproval#SubmitForApproval": SubmitForApproval_9186c3f9df4a05eb4fa48503a6291b0d,
  "/plugins/easy-language/admin/StandardTextChanges#StandardTextChanges": StandardTextChanges_fc54c1436146dbdf996b07aec430693b,
  "/plugins/easy-language/admin/EasyLanguageTextField#EasyLanguageTextField": EasyLanguageTextField_04907fcb92ddff2954678dc3af27e6bc,
  "/cms/components/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_b2548d4e4a1819e4b69b23dd33637b64,
  "/cms/components/admin/DepartmentsLabel#DepartmentsLabel": DepartmentsLabel_752e2eefbdfbad7b5c2bc69841a9fed0,
  "/plugins/accessibility-feedback/admin/DeadlineCell#FeedbackDeadlineCell": FeedbackDeadlineCell_a92caa4334e9b87d79627cfa2af7dfff,
  "/plugins/publishing/admin/ReleasesRowLabel#ReleaseStepRowLabel": ReleaseStepRowLabel_5149fc8f4ac4f3c0b23655cb38b754f7,
  "/plugins/publishing/admin/ReleasesCountCell#ReleasesCountCell": ReleasesCountCell_53469d6b4c06ff94aaccfdad7bfa2c17,
  "/plugins/publishing/admin/ReleasesRowLabel#ReleaseChangeRowLabel": ReleaseChangeRowLabel_5149fc8f4ac4f3c0b23655cb38b754f7,
  "/plugins/publishing/admin/ReleasesRowLabel#ReleaseRefusedRowLabel": ReleaseRefusedRowLabel_5149fc8f4ac4f3c0b23655cb38b754f7,
  "/cms/components/LotseLogo#LotseIcon": LotseIcon_df5023a874a120be8ac96cebd7622cae,
  "/cms/components/LotseLogo#LotseLogo": LotseLogo_df5023a874a120be8ac96cebd7622cae,
  "/cms/components/admin/NavLink#AdminNavLink": AdminNavLink_28f0f342b5a72313e9b89a1af43b20c0,
  "/plugins/approval/admin/QueueNavLink#QueueNavLink": QueueNavLink_acde39a941e537753961aa17bb70e056,
  "/cms/components/GermanUploadMessages#GermanUploadMessages": GermanUploadMessages_dad3b10b733f5249a5f1029ca6730384,
  "/cms/components/admin/AccessibleAdmin#AccessibleAdmin": AccessibleAdmin_79e13ae9839bfc7c3068ec725d26181f,
  "/plugins/easy-language/admin/StaleTextsView#StaleTextsView": StaleTextsView_bddcba9654279eb9e12124ce4f80bab8,
  "/plugins/approval/admin/QueueView#QueueView": QueueView_85d5d03711ac8808b79cabe17de9c047,
  "/plugins/publishing/admin/ReleasesView#ReleasesView": ReleasesView_859f4ce7c96c3603061e5515fe7aa094,
  "/plugins/publishing/admin/PreviewView#PreviewView": PreviewView_31afb4f16582fc055b201873f7fc9a5b,
  "/plugins/dashboard/admin/DashboardView#DashboardView": DashboardView_3f4575cbefbc3102c864f9b962cfe844,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
