package io.keyspan.processor.base;

import com.palantir.javapoet.ClassName;
import io.keyspan.Keyspan;
import io.keyspan.engine.ReturnValue;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.ProvisionedThroughput;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Path;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.repository.BinarySortKey;
import io.keyspan.repository.CollectionQuery;
import io.keyspan.repository.DeclaredRepository;
import io.keyspan.repository.DeclaredSingleTableRepository;
import io.keyspan.repository.DeleteOperation;
import io.keyspan.repository.GetOperation;
import io.keyspan.repository.Key;
import io.keyspan.repository.NoSortKey;
import io.keyspan.repository.QueryOperation;
import io.keyspan.repository.QuerySortKey;
import io.keyspan.repository.SingleTableRepository;
import io.keyspan.repository.StringSortKey;
import io.keyspan.repository.TableRepository;
import io.keyspan.repository.UpdateOperation;
import io.keyspan.repository.generated.DeclaredRead;
import io.keyspan.repository.generated.DeclaredRepositoryFactory;
import io.keyspan.repository.generated.DeclaredWrite;
import io.keyspan.repository.generated.Trees;
import io.keyspan.schema.AttributeConverter;
import io.keyspan.schema.BinaryAttribute;
import io.keyspan.schema.Converters;
import io.keyspan.schema.DocumentAttribute;
import io.keyspan.schema.DocumentSchema;
import io.keyspan.schema.Encodings;
import io.keyspan.schema.IndexDefinition;
import io.keyspan.schema.KeyDefinition;
import io.keyspan.schema.KeyPattern;
import io.keyspan.schema.ListAttribute;
import io.keyspan.schema.MapAttribute;
import io.keyspan.schema.MemberLayout;
import io.keyspan.schema.MemberSchema;
import io.keyspan.schema.NumberAttribute;
import io.keyspan.schema.SetAttribute;
import io.keyspan.schema.SingleTableDefinition;
import io.keyspan.schema.SingleTableSchema;
import io.keyspan.schema.StringAttribute;
import io.keyspan.schema.TableDefinition;
import io.keyspan.schema.TableSchema;
import io.keyspan.schema.TimestampDefinition;
import io.keyspan.schema.TypedAttribute;
import io.keyspan.value.AttributeValue;
import java.time.ZoneOffset;
import javax.annotation.processing.Generated;

/**
 * The types generated code refers to, in one place. They come from class literals (the processor
 * depends on keyspan-runtime), so a runtime class that moves or is renamed breaks the processor's
 * compilation instead of users' generated code.
 */
public final class TypeNames {
  public static final ClassName KEYSPAN = ClassName.get(Keyspan.class);
  public static final ClassName GENERATED = ClassName.get(Generated.class);
  public static final ClassName ZONE_OFFSET = ClassName.get(ZoneOffset.class);

  // Values and paths
  public static final ClassName ATTRIBUTE_VALUE = ClassName.get(AttributeValue.class);
  public static final ClassName ATTRIBUTE_VALUE_TYPE = ClassName.get(AttributeValue.Type.class);
  public static final ClassName PATH = ClassName.get(Path.class);

  // Expression trees, which generated code builds through Trees' factory methods
  public static final ClassName TREES = ClassName.get(Trees.class);
  public static final ClassName KEY_CONDITION = ClassName.get(KeyCondition.class);
  public static final ClassName CONDITION = ClassName.get(Condition.class);
  public static final ClassName UPDATE_EXPRESSION = ClassName.get(UpdateExpression.class);
  public static final ClassName PROJECTION = ClassName.get(Projection.class);

  // Schemas and typed attributes
  public static final ClassName CONVERTERS = ClassName.get(Converters.class);
  public static final ClassName ATTRIBUTE_CONVERTER = ClassName.get(AttributeConverter.class);
  public static final ClassName ENCODINGS = ClassName.get(Encodings.class);
  public static final ClassName TABLE_SCHEMA = ClassName.get(TableSchema.class);
  public static final ClassName TABLE_DEFINITION = ClassName.get(TableDefinition.class);
  public static final ClassName KEY_DEFINITION = ClassName.get(KeyDefinition.class);
  public static final ClassName INDEX_DEFINITION = ClassName.get(IndexDefinition.class);
  public static final ClassName TIMESTAMP_DEFINITION = ClassName.get(TimestampDefinition.class);
  public static final ClassName DOCUMENT_SCHEMA = ClassName.get(DocumentSchema.class);
  public static final ClassName DOCUMENT_ATTRIBUTE = ClassName.get(DocumentAttribute.class);
  public static final ClassName TYPED_ATTRIBUTE = ClassName.get(TypedAttribute.class);
  public static final ClassName STRING_ATTRIBUTE = ClassName.get(StringAttribute.class);
  public static final ClassName NUMBER_ATTRIBUTE = ClassName.get(NumberAttribute.class);
  public static final ClassName BINARY_ATTRIBUTE = ClassName.get(BinaryAttribute.class);
  public static final ClassName SET_ATTRIBUTE = ClassName.get(SetAttribute.class);
  public static final ClassName LIST_ATTRIBUTE = ClassName.get(ListAttribute.class);
  public static final ClassName MAP_ATTRIBUTE = ClassName.get(MapAttribute.class);

  // Table descriptions
  public static final ClassName SCALAR_TYPE = ClassName.get(ScalarAttributeType.class);
  public static final ClassName INDEX_PROJECTION = ClassName.get(IndexProjection.class);
  public static final ClassName THROUGHPUT = ClassName.get(ProvisionedThroughput.class);
  public static final ClassName RETURN_VALUE = ClassName.get(ReturnValue.class);

  // Repositories
  public static final ClassName TABLE_REPOSITORY = ClassName.get(TableRepository.class);
  public static final ClassName KEY = ClassName.get(Key.class);
  public static final ClassName GET = ClassName.get(GetOperation.class);
  public static final ClassName UPDATE = ClassName.get(UpdateOperation.class);
  public static final ClassName DELETE = ClassName.get(DeleteOperation.class);
  public static final ClassName QUERY = ClassName.get(QueryOperation.class);
  public static final ClassName SORT_KEY = ClassName.get(QuerySortKey.class);
  public static final ClassName STRING_SORT_KEY = ClassName.get(StringSortKey.class);
  public static final ClassName BINARY_SORT_KEY = ClassName.get(BinarySortKey.class);
  public static final ClassName NO_SORT_KEY = ClassName.get(NoSortKey.class);
  public static final ClassName DECLARED_REPOSITORY = ClassName.get(DeclaredRepository.class);
  public static final ClassName DECLARED_READ = ClassName.get(DeclaredRead.class);
  public static final ClassName DECLARED_WRITE = ClassName.get(DeclaredWrite.class);
  public static final ClassName DECLARED_REPOSITORY_FACTORY =
      ClassName.get(DeclaredRepositoryFactory.class);

  // Single tables
  public static final ClassName SINGLE_TABLE_SCHEMA = ClassName.get(SingleTableSchema.class);
  public static final ClassName SINGLE_TABLE_DEFINITION =
      ClassName.get(SingleTableDefinition.class);
  public static final ClassName MEMBER_SCHEMA = ClassName.get(MemberSchema.class);
  public static final ClassName MEMBER_LAYOUT = ClassName.get(MemberLayout.class);
  public static final ClassName KEY_PATTERN = ClassName.get(KeyPattern.class);
  public static final ClassName SINGLE_TABLE_REPOSITORY =
      ClassName.get(SingleTableRepository.class);
  public static final ClassName COLLECTION_QUERY = ClassName.get(CollectionQuery.class);
  public static final ClassName DECLARED_SINGLE_TABLE_REPOSITORY =
      ClassName.get(DeclaredSingleTableRepository.class);

  private TypeNames() {}
}
